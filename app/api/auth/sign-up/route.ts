import { clientAddress } from "@/lib/auth/client-address";
import { registerUser } from "@/lib/auth/register-user";
import { parseJsonBody } from "@/lib/http/parse";
import { errorResponse, json } from "@/lib/http/respond";
import { signUpSchema } from "@/lib/schemas/auth";

const SIGN_UP_BODY_LIMIT_BYTES = 8 * 1024;

export async function POST(request: Request): Promise<Response> {
  try {
    const input = await parseJsonBody(request, signUpSchema, SIGN_UP_BODY_LIMIT_BYTES);
    const user = await registerUser(input, clientAddress(request.headers));
    return json({ user }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
