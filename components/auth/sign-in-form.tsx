"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { safeCallbackUrl } from "./callback-url";
import { signInWithCredentials } from "./credentials-sign-in";
import { redirectErrorMessage } from "./messages";
import { useFieldErrors } from "./use-field-errors";

type Field = "email" | "password";
type FieldErrors = Partial<Record<Field, string>>;

export type SignInFormProps = {
  /** The raw `callbackUrl` search parameter; it is checked before use. */
  callbackUrl?: string;
  /** The raw `error` search parameter next-auth adds after a failed OAuth sign-in. */
  redirectError?: string;
};

export function SignInForm({ callbackUrl, redirectError }: SignInFormProps) {
  const router = useRouter();
  const { fieldErrors, showFieldErrors, clearFieldErrors, formProps } = useFieldErrors<Field>();
  const [formError, setFormError] = useState<string | null>(() => redirectErrorMessage(redirectError));
  const [pending, setPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "").trim();
    const password = String(data.get("password") ?? "");
    setFormError(null);

    const errors: FieldErrors = {};
    if (!email) errors.email = "Enter your email address.";
    if (!password) errors.password = "Enter your password.";
    if (errors.email || errors.password) return showFieldErrors(errors);
    clearFieldErrors();

    setPending(true);
    const outcome = await signInWithCredentials(email, password);
    if (!outcome.ok) {
      setFormError(outcome.message);
      setPending(false);
      return;
    }
    // Stay pending while the next page loads.
    router.push(safeCallbackUrl(callbackUrl, window.location.origin));
    router.refresh();
  }

  return (
    <form {...formProps} onSubmit={handleSubmit} className="flex flex-col gap-5">
      {formError && <Alert>{formError}</Alert>}
      <Input
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        error={fieldErrors.email}
      />
      <Input
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={fieldErrors.password}
      />
      <Button type="submit" size="lg" loading={pending} loadingText="Signing in…" className="mt-1 w-full">
        Sign in
      </Button>
    </form>
  );
}
