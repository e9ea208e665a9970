import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackUrl, withCallbackUrl } from "@/components/auth/callback-url";
import { getEnabledOAuthProviders } from "@/lib/auth/providers";
import { getCurrentUser } from "@/lib/auth/session";
import { firstParam, type AuthSearchParams } from "../auth-search-params";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: AuthSearchParams }) {
  const params = await searchParams;
  const callbackUrl = firstParam(params.callbackUrl);
  const relativeCallback = safeCallbackUrl(callbackUrl);
  if (await getCurrentUser()) redirect(relativeCallback);

  return (
    <>
      <h1 className="text-2xl font-semibold">Sign in</h1>
      <p className="mt-1.5 text-sm text-fg-muted">Welcome back. Your characters are waiting.</p>
      <div className="mt-6 flex flex-col gap-5">
        <OAuthButtons providers={getEnabledOAuthProviders()} callbackUrl={callbackUrl} />
        <SignInForm callbackUrl={callbackUrl} redirectError={firstParam(params.error)} />
      </div>
      <p className="mt-6 text-center text-sm text-fg-muted">
        New to Arcane Forge?{" "}
        <Link href={withCallbackUrl("/sign-up", relativeCallback)} className="whitespace-nowrap font-medium">
          Create an account
        </Link>
      </p>
    </>
  );
}
