import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { safeCallbackUrl, withCallbackUrl } from "@/components/auth/callback-url";
import { getEnabledOAuthProviders } from "@/lib/auth/providers";
import { getCurrentUser } from "@/lib/auth/session";
import { firstParam, type AuthSearchParams } from "../auth-search-params";

export const metadata: Metadata = { title: "Create account" };

export default async function SignUpPage({ searchParams }: { searchParams: AuthSearchParams }) {
  const params = await searchParams;
  const callbackUrl = firstParam(params.callbackUrl);
  const relativeCallback = safeCallbackUrl(callbackUrl);
  if (await getCurrentUser()) redirect(relativeCallback);

  return (
    <>
      <h1 className="text-2xl font-semibold">Create your account</h1>
      <p className="mt-1.5 text-sm text-fg-muted">One account for your characters, campaigns, maps and tokens.</p>
      <div className="mt-6 flex flex-col gap-5">
        <OAuthButtons providers={getEnabledOAuthProviders()} callbackUrl={callbackUrl} />
        <SignUpForm callbackUrl={callbackUrl} />
      </div>
      <p className="mt-6 text-center text-sm text-fg-muted">
        Already have an account?{" "}
        <Link href={withCallbackUrl("/sign-in", relativeCallback)} className="whitespace-nowrap font-medium">
          Sign in
        </Link>
      </p>
    </>
  );
}
