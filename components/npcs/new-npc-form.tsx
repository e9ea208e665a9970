"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useSaveNpc } from "@/lib/query/npcs";

const EMPTY = { name: "", race: "", class: "", description: "" };

/** The DM adds an NPC by hand (hidden from players until revealed). */
export function NewNpcForm({ campaignId, onDone }: { campaignId: string; onDone: () => void }) {
  const save = useSaveNpc(campaignId);
  const [fields, setFields] = useState(EMPTY);
  const set = (key: keyof typeof EMPTY) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [key]: event.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(fields, { onSuccess: () => (setFields(EMPTY), onDone()) });
  };
  return (
    <form
      onSubmit={submit}
      className="grid gap-3 rounded-lg border border-line-strong p-4 sm:grid-cols-2"
      aria-label="New NPC"
    >
      <Input label="Name" value={fields.name} onChange={set("name")} maxLength={120} required />
      <Input label="Race" value={fields.race} onChange={set("race")} maxLength={60} placeholder="human" />
      <Input
        label="Class or role"
        value={fields.class}
        onChange={set("class")}
        maxLength={60}
        placeholder="innkeeper"
      />
      <Input
        label="Description"
        value={fields.description}
        onChange={set("description")}
        maxLength={2000}
        placeholder="a stout woman with a booming laugh"
      />
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" size="sm" disabled={!fields.name.trim() || save.isPending}>
          Add NPC
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
      {save.error && <Alert variant="error">{save.error.message}</Alert>}
    </form>
  );
}
