"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { CampaignDetail } from "@/lib/query/characters";
import { useRemoveFromCampaign, useUpdateState } from "@/lib/query/characters";
import { CHARACTER_STATUSES, labelFor } from "@/lib/schemas/characters";

type RosterEntry = CampaignDetail["roster"][number];
type Item = { name: string; quantity?: number };
type Quest = { title: string; done?: boolean };

const lines = (text: string) => text.split("\n").map((line) => line.trim()).filter(Boolean);

/** The DM's quick HP field and a dialog for the rest of the campaign state. */
export function StateEditor({ campaignId, character }: { campaignId: string; character: RosterEntry }) {
  const update = useUpdateState();
  const remove = useRemoveFromCampaign();
  const [hp, setHp] = useState(String(character.hit_points_current));
  const save = (body: Record<string, unknown>) => update.mutateAsync({ campaignId, characterId: character.character_id, body });
  return (
    <div className="mt-1 flex flex-wrap items-end gap-2">
      <form className="flex items-end gap-2" onSubmit={(event) => { event.preventDefault(); save({ hit_points_current: Number(hp) }).catch(() => undefined); }}>
        <Input label={`HP for ${character.name}`} labelHidden type="number" className="w-20" value={hp} onChange={(event) => setHp(event.target.value)} />
        <Button size="sm" type="submit" disabled={update.isPending}>Set HP</Button>
      </form>
      <FullStateDialog character={character} onSave={save} pending={update.isPending} error={update.error?.message} />
      <Button
        size="sm"
        variant="ghost"
        disabled={remove.isPending}
        onClick={() => {
          // The character itself stays with its player; only its place in this party goes.
          if (window.confirm(`Remove ${character.name} from this campaign?`)) remove.mutate({ campaignId, characterId: character.character_id });
        }}
      >
        Remove
      </Button>
    </div>
  );
}

function FullStateDialog({ character, onSave, pending, error }: { character: RosterEntry; onSave: (body: Record<string, unknown>) => Promise<unknown>; pending: boolean; error?: string }) {
  const [open, setOpen] = useState(false);
  const [state, setState] = useState({
    hit_points_max: String(character.hit_points_max),
    armor_class: String(character.armor_class),
    status: character.status,
    location: character.location ?? "",
    inventory: (character.inventory as Item[]).map((item) => (item.quantity && item.quantity !== 1 ? `${item.quantity} ${item.name}` : item.name)).join("\n"),
    quests: (character.quests as Quest[]).map((quest) => quest.title).join("\n"),
  });
  const set = (patch: Partial<typeof state>) => setState((current) => ({ ...current, ...patch }));
  async function submit() {
    await onSave({
      hit_points_max: Number(state.hit_points_max),
      armor_class: Number(state.armor_class),
      status: state.status,
      location: state.location,
      // "3 torches" → { name: "torches", quantity: 3 }
      inventory: lines(state.inventory).map((line) => {
        const match = /^(\d+)\s+(.+)$/.exec(line);
        return match ? { name: match[2], quantity: Number(match[1]) } : { name: line, quantity: 1 };
      }),
      quests: lines(state.quests).map((title) => ({ title, done: false })),
    }).then(
      () => setOpen(false),
      () => undefined, // the error shows in the dialog; it stays open for a fix
    );
  }
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" variant="secondary">Edit state</Button>
      </DialogTrigger>
      <DialogContent title={`${character.name} in this campaign`} description="Only the DM can change campaign state.">
        <div className="grid gap-3 sm:grid-cols-2">
          <Input label="Max HP" type="number" value={state.hit_points_max} onChange={(event) => set({ hit_points_max: event.target.value })} />
          <Input label="Armor class" type="number" value={state.armor_class} onChange={(event) => set({ armor_class: event.target.value })} />
          <Select label="Status" options={CHARACTER_STATUSES.map((value) => ({ value, label: labelFor(value) }))} value={state.status} onValueChange={(status) => set({ status })} />
          <Input label="Location" value={state.location} onChange={(event) => set({ location: event.target.value })} />
          <Textarea containerClassName="sm:col-span-2" label="Inventory (one per line)" rows={3} value={state.inventory} onChange={(event) => set({ inventory: event.target.value })} />
          <Textarea containerClassName="sm:col-span-2" label="Quests (one per line)" rows={3} value={state.quests} onChange={(event) => set({ quests: event.target.value })} />
        </div>
        {error && <Alert variant="error">{error}</Alert>}
        <DialogFooter>
          <Button onClick={() => void submit()} disabled={pending}>Save state</Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
