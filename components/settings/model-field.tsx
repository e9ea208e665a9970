"use client";

import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

type ModelFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  choices: Array<{ id: string; label: string }>;
  hint?: string;
  error?: string;
};

/**
 * A model picker: the provider's known models as a list, or free text when it has none (a
 * compatible server or Ollama can host anything). A stored model not in the list stays selectable.
 */
export function ModelField({ label, value, onChange, choices, hint, error }: ModelFieldProps) {
  if (choices.length === 0) {
    return (
      <Input
        label={label}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        hint={hint}
        error={error}
        maxLength={200}
      />
    );
  }
  const options = choices.map((choice) => ({ value: choice.id, label: choice.label }));
  if (value && !choices.some((choice) => choice.id === value)) options.unshift({ value, label: value });
  return (
    <Select
      label={label}
      value={value || undefined}
      onValueChange={onChange}
      options={options}
      hint={hint}
      error={error}
    />
  );
}
