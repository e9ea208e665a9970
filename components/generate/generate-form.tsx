"use client";

import type { FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { SparkleIcon } from "@/components/ui/icons";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { GenerationOptionsInput } from "@/lib/query/generations";
import type { ImageProfileChoice } from "./image-capabilities";
import { ImageOptions } from "./image-options";

export type GenerateFormProps = {
  choices: ImageProfileChoice[];
  prompt: string;
  onPromptChange: (prompt: string) => void;
  profileId: string;
  onProfileChange: (profileId: string) => void;
  options: GenerationOptionsInput;
  onOptionsChange: (options: GenerationOptionsInput) => void;
  error?: string;
  submitting: boolean;
  onSubmit: () => void;
  onCancel: () => void;
};

/** Prompt, profile and the options the chosen model supports. */
export function GenerateForm(props: GenerateFormProps) {
  const { choices, prompt, profileId, options, error, submitting } = props;
  const chosen = choices.find((choice) => choice.profile.id === profileId);
  const modelLabel =
    chosen?.provider.imageModels.find((model) => model.id === chosen.profile.imageModel)?.label ??
    chosen?.profile.imageModel;

  function submit(event: FormEvent) {
    event.preventDefault();
    props.onSubmit();
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      {error && <Alert>{error}</Alert>}
      <Textarea
        label="Prompt"
        value={prompt}
        onChange={(event) => props.onPromptChange(event.target.value)}
        maxLength={4000}
        rows={4}
        placeholder="A weathered dwarven cleric in a torch-lit chapel, oil painting"
        required
      />
      <Select
        label="Profile"
        value={profileId || undefined}
        onValueChange={props.onProfileChange}
        options={choices.map(({ profile, provider }) => ({
          value: profile.id,
          label: `${profile.name}${profile.kind === "BUILTIN" ? "" : ` · ${provider.label}`}${profile.isDefault ? " ★" : ""}`,
        }))}
        hint={
          chosen ? (
            <>
              Model: <span className="font-mono">{modelLabel}</span>
              {chosen.profile.kind === "BUILTIN" && " · no key needed"}
            </>
          ) : undefined
        }
      />
      {chosen && <ImageOptions capabilities={chosen.capabilities} value={options} onChange={props.onOptionsChange} />}
      <DialogFooter>
        <Button variant="secondary" onClick={props.onCancel}>
          Close
        </Button>
        <Button
          type="submit"
          loading={submitting}
          loadingText="Starting…"
          disabled={!chosen || prompt.trim().length === 0}
        >
          <SparkleIcon /> Generate
        </Button>
      </DialogFooter>
    </form>
  );
}
