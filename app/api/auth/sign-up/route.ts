import { clientAddress } from "@/lib/auth/client-address";
import { registerUser } from "@/lib/auth/register-user";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { signUpSchema } from "@/lib/schemas/auth";

const SIGN_UP_BODY_LIMIT_BYTES = 8 * 1024;

/** Public: creates an account (201); a taken email is a 409. */
export const POST = route(
  { auth: "none", body: signUpSchema, bodyLimitBytes: SIGN_UP_BODY_LIMIT_BYTES },
  async ({ body, request }) =>
    json({ user: await registerUser(body, clientAddress(request.headers)) }, { status: 201 }),
);
