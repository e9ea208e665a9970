"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { flushSync } from "react-dom";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { safeCallbackUrl } from "./callback-url";
import { signInWithCredentials } from "./credentials-sign-in";
import { redirectErrorMessage } from "./messages";

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
  const formRef = useRef<HTMLFormElement>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(() => redirectErrorMessage(redirectError));
  const [pending, setPending] = useState(false);

  function showFieldErrors(errors: FieldErrors) {
    flushSync(() => setFieldErrors(errors));
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

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
    setFieldErrors({});

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

  function clearError(name: string) {
    if (!(name in fieldErrors)) return;
    setFieldErrors((current) => {
      const next = { ...current };
      delete next[name as Field];
      return next;
    });
  }

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={handleSubmit}
      onChange={(event) => {
        const target: EventTarget = event.target;
        if (target instanceof HTMLInputElement) clearError(target.name);
      }}
      className="flex flex-col gap-5"
    >
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
