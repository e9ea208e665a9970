"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { ApiRequestError, fetchJson } from "@/lib/query/fetch-json";
import { safeCallbackUrl, withCallbackUrl } from "./callback-url";
import { signInWithCredentials } from "./credentials-sign-in";
import { EMAIL_TAKEN, GENERIC_ERROR, NETWORK_ERROR, PASSWORD_MIN_LENGTH, formatWait } from "./messages";
import { useFieldErrors } from "./use-field-errors";

const FIELDS = ["name", "email", "password"] as const;
type Field = (typeof FIELDS)[number];
type FieldErrors = Partial<Record<Field, string>>;

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function validate(values: Record<Field, string>): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.name) errors.name = "Enter your name.";
  if (!values.email) errors.email = "Enter your email address.";
  else if (!EMAIL_SHAPE.test(values.email)) errors.email = "Enter a valid email address.";
  if (values.password.length < PASSWORD_MIN_LENGTH) {
    errors.password = `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  }
  return errors;
}

export type SignUpFormProps = {
  /** The raw `callbackUrl` search parameter; it is checked before use. */
  callbackUrl?: string;
};

export function SignUpForm({ callbackUrl }: SignUpFormProps) {
  const router = useRouter();
  const { fieldErrors, showFieldErrors, clearFieldErrors, formProps } = useFieldErrors<Field>();
  const [formError, setFormError] = useState<ReactNode>(null);
  const [pending, setPending] = useState(false);

  function fail(message: ReactNode) {
    setFormError(message);
    setPending(false);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const values = {
      name: String(data.get("name") ?? "").trim(),
      email: String(data.get("email") ?? "").trim(),
      password: String(data.get("password") ?? ""),
    };
    setFormError(null);
    const errors = validate(values);
    if (Object.keys(errors).length > 0) return showFieldErrors(errors);
    clearFieldErrors();
    setPending(true);

    try {
      await fetchJson("/api/auth/sign-up", { method: "POST", body: values });
    } catch (error) {
      return explainRefusal(error);
    }
    return signInNewAccount(values.email, values.password);
  }

  function explainRefusal(error: unknown) {
    if (!(error instanceof ApiRequestError) || error.status === 0) return fail(NETWORK_ERROR);
    const { status, apiError } = error;
    if (status === 409) {
      setPending(false);
      return showFieldErrors({ email: EMAIL_TAKEN });
    }
    if (status === 400 && apiError.issues.length > 0) {
      const serverErrors: FieldErrors = {};
      const unplaced: string[] = [];
      for (const issue of apiError.issues) {
        const field = FIELDS.find((candidate) => candidate === issue.path.split(".")[0]);
        if (field) serverErrors[field] ??= issue.message;
        else unplaced.push(issue.message);
      }
      setPending(false);
      if (unplaced.length > 0) setFormError(unplaced.join(" "));
      return showFieldErrors(serverErrors);
    }
    if (status === 429) {
      const seconds = error.retryAfter;
      return fail(`Too many sign-up attempts. Try again ${seconds ? `in ${formatWait(seconds)}` : "later"}.`);
    }
    return fail(status === 400 && apiError.message ? apiError.message : GENERIC_ERROR);
  }

  async function signInNewAccount(email: string, password: string) {
    const target = safeCallbackUrl(callbackUrl, window.location.origin);
    const outcome = await signInWithCredentials(email, password);
    if (outcome.ok) {
      router.push(target);
      router.refresh();
      return;
    }
    // The account exists; only the automatic sign-in failed.
    fail(
      <>
        Your account was created, but signing you in failed.{" "}
        <Link href={withCallbackUrl("/sign-in", target)} className="font-medium text-inherit underline">
          Sign in
        </Link>{" "}
        to continue.
      </>,
    );
  }

  return (
    <form {...formProps} onSubmit={handleSubmit} className="flex flex-col gap-5">
      {formError && <Alert>{formError}</Alert>}
      <Input label="Name" name="name" autoComplete="name" required error={fieldErrors.name} />
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
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        // One statement of the rule: the hint until the password breaks it, then the error instead.
        hint={fieldErrors.password ? undefined : `At least ${PASSWORD_MIN_LENGTH} characters.`}
        error={fieldErrors.password}
      />
      <Button type="submit" size="lg" loading={pending} loadingText="Creating account…" className="mt-1 w-full">
        Create account
      </Button>
    </form>
  );
}
