"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFocusFirstInvalid } from "@/components/ui/focus-first-invalid";
import { DialogFooter } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ProviderDescription } from "@/lib/query/providers";
import type { ProfileView } from "@/lib/schemas/profiles";
import type { ProviderKindValue } from "@/lib/schemas/provider-vocabulary";
import { ModelField } from "./model-field";
import { valuesForKind, valuesFromProfile, type ProfileFormValues } from "./profile-form-state";

export type ProfileFormProps = {
  providers: ProviderDescription[];
  /** Editing this profile; absent when creating. */
  profile?: ProfileView;
  defaultKind?: ProviderKindValue;
  submitting?: boolean;
  formError?: string;
  fieldErrors?: Partial<Record<keyof ProfileFormValues, string>>;
  onSubmit: (values: ProfileFormValues, provider: ProviderDescription | undefined) => void;
  onCancel: () => void;
};

/** Create or edit a connection profile. Choosing a kind (create only) fills in its presets. */
export function ProfileForm({
  providers,
  profile,
  defaultKind = "OPENAI",
  submitting,
  formError,
  fieldErrors = {},
  onSubmit,
  onCancel,
}: ProfileFormProps) {
  const find = (kind: ProviderKindValue) => providers.find((provider) => provider.kind === kind);
  const [values, setValues] = useState<ProfileFormValues>(() =>
    profile ? valuesFromProfile(profile) : valuesForKind(defaultKind, find(defaultKind)),
  );
  const [nameTouched, setNameTouched] = useState(Boolean(profile));
  const provider = find(values.kind);
  const formRef = useFocusFirstInvalid<HTMLFormElement>(fieldErrors);
  const set = (patch: Partial<ProfileFormValues>) => setValues((current) => ({ ...current, ...patch }));

  function changeKind(kind: string) {
    const next = kind as ProviderKindValue;
    // Keep a name the user typed; otherwise follow the provider's label.
    setValues((current) => valuesForKind(next, find(next), nameTouched ? current.name : ""));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(values, provider);
  }

  const isBuiltin = values.kind === "BUILTIN";
  const keyHint = profile?.hasKey
    ? `Leave blank to keep the current key${profile.keyLast4 ? ` (…${profile.keyLast4})` : ""}.`
    : provider?.requiresKey
      ? "Stored encrypted; only its last four characters are ever shown."
      : "Optional for this provider. Stored encrypted.";

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="flex flex-col gap-4">
      {formError && <Alert>{formError}</Alert>}
      <Select
        label="Provider"
        value={values.kind}
        onValueChange={changeKind}
        disabled={Boolean(profile)}
        hint={profile ? "The provider of a profile cannot change; add a new profile instead." : undefined}
        options={providers.map((entry) => ({
          value: entry.kind,
          label: entry.kind === "BUILTIN" ? `${entry.label} (offline, no key)` : entry.label,
        }))}
      />
      <Input
        label="Name"
        value={values.name}
        maxLength={60}
        required
        error={fieldErrors.name}
        onChange={(event) => {
          setNameTouched(true);
          set({ name: event.target.value });
        }}
      />
      {provider && provider.baseUrl !== "fixed" && (
        <Input
          label="Base URL"
          type="url"
          value={values.baseUrl}
          placeholder={provider.baseUrl === "required" ? "https://llm.example.com/v1" : provider.defaultBaseUrl}
          required={provider.baseUrl === "required"}
          error={fieldErrors.baseUrl}
          hint={
            provider.baseUrl === "required"
              ? "The server's OpenAI-compatible endpoint. Private network addresses are refused."
              : "Change it only if you run your own server."
          }
          onChange={(event) => set({ baseUrl: event.target.value })}
        />
      )}
      {provider?.baseUrl === "fixed" && provider.defaultBaseUrl && (
        <p className="text-xs text-fg-subtle">
          Connects to <span className="font-mono text-fg-muted">{provider.defaultBaseUrl}</span>
        </p>
      )}
      {!isBuiltin && (
        <div className="flex flex-col gap-2">
          <Input
            label="API key"
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={values.apiKey}
            maxLength={500}
            placeholder={profile?.hasKey ? "••••••••••••" : provider?.requiresKey ? "Paste your key" : "No key"}
            hint={keyHint}
            error={fieldErrors.apiKey}
            onChange={(event) => set({ apiKey: event.target.value, clearKey: false })}
          />
          {profile?.hasKey && !provider?.requiresKey && (
            <label className="flex items-center gap-2 text-sm text-fg-muted">
              <input
                type="checkbox"
                checked={values.clearKey}
                onChange={(event) => set({ clearKey: event.target.checked, apiKey: "" })}
                className="size-4 accent-amber-400"
              />
              Remove the stored key
            </label>
          )}
        </div>
      )}
      {isBuiltin && (
        <Alert variant="info">
          The offline engine runs on this server: no account, no key, nothing leaves the machine.
        </Alert>
      )}
      {provider?.supportsImages && (
        <ModelField
          label="Image model"
          value={values.imageModel}
          onChange={(imageModel) => set({ imageModel })}
          choices={provider.imageModels}
          error={fieldErrors.imageModel}
        />
      )}
      {provider?.supportsText && (
        <ModelField
          label="Text model"
          value={values.textModel}
          onChange={(textModel) => set({ textModel })}
          choices={provider.textModels}
          error={fieldErrors.textModel}
        />
      )}
      {provider && !provider.supportsImages && (
        <p className="text-xs text-fg-subtle">{provider.label} writes text only; it cannot make images.</p>
      )}
      <DialogFooter>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" loading={submitting} loadingText="Saving…">
          {profile ? "Save changes" : "Add profile"}
        </Button>
      </DialogFooter>
    </form>
  );
}
