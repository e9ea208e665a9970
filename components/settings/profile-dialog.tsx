"use client";

import { useState } from "react";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { ApiRequestError } from "@/lib/query/fetch-json";
import { useCreateProfile, useUpdateProfile } from "@/lib/query/profiles";
import type { ProviderDescription } from "@/lib/query/providers";
import type { ProfileView } from "@/lib/schemas/profiles";
import { ProfileForm } from "./profile-form";
import { toCreateInput, toUpdateInput, type ProfileFormValues } from "./profile-form-state";

type ProfileDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  providers: ProviderDescription[];
  /** The profile to edit; absent to add a new one. */
  profile?: ProfileView;
};

type Errors = { form?: string; fields: Partial<Record<keyof ProfileFormValues, string>> };

/** Add or edit a profile in a dialog; server validation lands next to the field it is about. */
export function ProfileDialog({ open, onOpenChange, providers, profile }: ProfileDialogProps) {
  const create = useCreateProfile();
  const update = useUpdateProfile();
  const { toast } = useToast();
  const [errors, setErrors] = useState<Errors>({ fields: {} });

  function close(next: boolean) {
    if (!next) setErrors({ fields: {} });
    onOpenChange(next);
  }

  async function submit(values: ProfileFormValues, provider: ProviderDescription | undefined) {
    setErrors({ fields: {} });
    try {
      const saved = profile
        ? await update.mutateAsync({ id: profile.id, input: toUpdateInput(values, provider) })
        : await create.mutateAsync(toCreateInput(values, provider));
      toast({ title: profile ? "Profile saved" : "Profile added", description: saved.name, variant: "success" });
      close(false);
    } catch (error) {
      setErrors(errorsFrom(error));
    }
  }

  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent
        title={profile ? `Edit ${profile.name}` : "Add an AI provider"}
        description={
          profile
            ? "Change the name, models or key of this connection."
            : "Connect your own account, or use the offline engine that needs no key."
        }
      >
        {/* Keyed so reopening starts from the profile's current values, not the last edit. */}
        {open && (
          <ProfileForm
            key={profile?.id ?? "new"}
            providers={providers}
            profile={profile}
            submitting={create.isPending || update.isPending}
            formError={errors.form}
            fieldErrors={errors.fields}
            onSubmit={submit}
            onCancel={() => close(false)}
          />
        )}
      </DialogContent>
    </Dialog>
  );
}

function errorsFrom(error: unknown): Errors {
  if (!(error instanceof ApiRequestError)) return { form: "Something went wrong. Please try again.", fields: {} };
  const fields: Errors["fields"] = {};
  for (const issue of error.apiError.issues) {
    const key = issue.path.split(".")[0] as keyof ProfileFormValues;
    fields[key] ??= issue.message;
  }
  if (error.status === 409) fields.name = error.message;
  // A message tied to a field is shown there only; the rest goes above the form.
  return { form: Object.keys(fields).length > 0 ? undefined : error.message, fields };
}
