"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useRemoveFromCampaign, useUpdateState, type CampaignDetail } from "@/lib/query/campaigns";
import { CHARACTER_STATUSES, labelFor } from "@/lib/schemas/character-vocabulary";
import {
  InventoryEditor,
  itemRow,
  QuestEditor,
  questRow,
  readInventory,
  readQuests,
  type ItemRow,
  type ListErrors,
  type QuestRow,
} from "./state-lists";

type RosterEntry = CampaignDetail["roster"][number];

/** The DM's quick HP field and a dialog for the rest of the campaign state. */
export function StateEditor({ campaignId, character }: { campaignId: string; character: RosterEntry }) {
  const update = useUpdateState();
  const remove = useRemoveFromCampaign();
  const [hp, setHp] = useState(String(character.hit_points_current));
  const save = (body: Record<string, unknown>) =>
    update.mutateAsync({ campaignId, characterId: character.character_id, body });
  return (
    <div className="mt-1 flex flex-wrap items-end gap-2">
      <form
        className="flex items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          save({ hit_points_current: Number(hp) }).catch(() => undefined);
        }}
      >
        <Input
          label={`HP for ${character.name}`}
          labelHidden
          type="number"
          className="w-20"
          value={hp}
          onChange={(event) => setHp(event.target.value)}
        />
        <Button size="sm" type="submit" disabled={update.isPending}>
          Set HP
        </Button>
      </form>
      <FullStateDialog character={character} onSave={save} pending={update.isPending} error={update.error?.message} />
      <Button
        size="sm"
        variant="ghost"
        disabled={remove.isPending}
        onClick={() => {
          // The character itself stays with its player; only its place in this party goes.
          if (window.confirm(`Remove ${character.name} from this campaign?`))
            remove.mutate({ campaignId, characterId: character.character_id });
        }}
      >
        Remove
      </Button>
    </div>
  );
}

function FullStateDialog({
  character,
  onSave,
  pending,
  error,
}: {
  character: RosterEntry;
  onSave: (body: Record<string, unknown>) => Promise<unknown>;
  pending: boolean;
  error?: string;
}) {
  const [open, setOpen] = useState(false);
  const initial = () => ({
    hit_points_max: String(character.hit_points_max),
    armor_class: String(character.armor_class),
    status: character.status,
    location: character.location ?? "",
    inventory: readInventory(character.inventory).map((item) => itemRow(item)),
    quests: readQuests(character.quests).map((quest) => questRow(quest)),
  });
  const [state, setState] = useState(initial);
  const [listErrors, setListErrors] = useState<{ inventory?: ListErrors; quests?: ListErrors }>({});
  const set = (patch: Partial<ReturnType<typeof initial>>) => setState((current) => ({ ...current, ...patch }));
  function handleOpenChange(next: boolean) {
    // Every opening starts from what is saved now (another DM tab or the HP field may have changed it).
    if (next) {
      setState(initial());
      setListErrors({});
    }
    setOpen(next);
  }
  async function submit() {
    const { checkInventory, checkQuests } = await import("./state-list-checks");
    const inventory = checkInventory(state.inventory);
    const quests = checkQuests(state.quests);
    setListErrors({
      inventory: inventory.ok ? undefined : inventory.errors,
      quests: quests.ok ? undefined : quests.errors,
    });
    if (!inventory.ok || !quests.ok) return;
    await onSave({
      hit_points_max: Number(state.hit_points_max),
      armor_class: Number(state.armor_class),
      status: state.status,
      location: state.location,
      inventory: inventory.value,
      quests: quests.value,
    }).then(
      () => setOpen(false),
      () => undefined, // the error shows in the dialog; it stays open for a fix
    );
  }
  return (
    <Dialog open={open} onOpenChange={handleOpenChange}>
      <DialogTrigger asChild>
        <Button size="sm" variant="secondary">
          Edit state
        </Button>
      </DialogTrigger>
      <DialogContent
        size="lg"
        title={`${character.name} in this campaign`}
        description="Only the DM can change campaign state."
      >
        <div className="grid gap-3 sm:grid-cols-2">
          <Input
            label="Max HP"
            type="number"
            value={state.hit_points_max}
            onChange={(event) => set({ hit_points_max: event.target.value })}
          />
          <Input
            label="Armor class"
            type="number"
            value={state.armor_class}
            onChange={(event) => set({ armor_class: event.target.value })}
          />
          <Select
            label="Status"
            options={CHARACTER_STATUSES.map((value) => ({ value, label: labelFor(value) }))}
            value={state.status}
            onValueChange={(status) => set({ status })}
          />
          <Input label="Location" value={state.location} onChange={(event) => set({ location: event.target.value })} />
        </div>
        <div className="mt-5 flex flex-col gap-5">
          <InventoryEditor
            rows={state.inventory}
            onChange={(inventory: ItemRow[]) => set({ inventory })}
            errors={listErrors.inventory}
          />
          <QuestEditor
            rows={state.quests}
            onChange={(quests: QuestRow[]) => set({ quests })}
            errors={listErrors.quests}
          />
        </div>
        {error && <Alert variant="error">{error}</Alert>}
        <DialogFooter>
          <Button onClick={() => void submit()} disabled={pending}>
            Save state
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
