"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { controlStyles } from "@/components/ui/field";
import { CheckIcon, CloseIcon } from "@/components/ui/icons";
import type { CampaignStateView } from "@/lib/schemas/characters-response";
import { cn } from "@/lib/ui/cn";

/** As the campaign state contract carries them. */
export type InventoryItem = CampaignStateView["inventory"][number];
export type Quest = CampaignStateView["quests"][number];
/** Rows being edited: the quantity stays the text typed until it is validated on save. */
export type ItemRow = { key: number; name: string; quantity: string };
export type QuestRow = { key: number; title: string; done: boolean };
/** Per-row messages from the checks in state-list-checks.ts (loaded on save: it brings zod). */
export type ListErrors = { list?: string; rows: Record<number, string> };

/** Stored JSON → items and quests, tolerating rows written before the schemas existed. */
export function readInventory(value: unknown): InventoryItem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) =>
    item && typeof item === "object" && typeof item.name === "string"
      ? [{ name: item.name, quantity: typeof item.quantity === "number" ? item.quantity : 1 }]
      : [],
  );
}
export function readQuests(value: unknown): Quest[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((quest) =>
    quest && typeof quest === "object" && typeof quest.title === "string"
      ? [{ title: quest.title, done: quest.done === true }]
      : [],
  );
}

let nextKey = 1;
export const itemRow = (item?: InventoryItem): ItemRow => ({
  key: nextKey++,
  name: item?.name ?? "",
  quantity: String(item?.quantity ?? 1),
});
export const questRow = (quest?: Quest): QuestRow => ({
  key: nextKey++,
  title: quest?.title ?? "",
  done: quest?.done ?? false,
});

const small = cn(controlStyles, "h-9 text-sm");

/** Per-item inventory editing: name and quantity on each row, add and remove. */
export function InventoryEditor({
  rows,
  onChange,
  errors,
}: {
  rows: ItemRow[];
  onChange: (rows: ItemRow[]) => void;
  errors?: ListErrors;
}) {
  return (
    <EditableRows
      legend="Inventory"
      listLabel="Inventory items"
      emptyText="Nothing carried."
      header={
        <div aria-hidden className="flex gap-2 text-xs text-fg-subtle">
          <span className="flex-1">Item</span>
          <span className="w-24">Quantity</span>
          <span className="w-9" />
        </div>
      }
      rows={rows}
      onChange={onChange}
      errors={errors}
      max={200}
      newRow={itemRow}
      addLabel="+ Add item"
      removeLabel={(index) => `Remove item ${index + 1}`}
      fields={(row, index, patch, invalid) => (
        <>
          {/* controlStyles makes inputs w-full: the wrappers set the widths (name grows, quantity stays narrow). */}
          <div className="min-w-0 flex-1">
            <input
              aria-label={`Item ${index + 1} name`}
              aria-invalid={invalid || undefined}
              className={small}
              value={row.name}
              maxLength={100}
              placeholder="Torch"
              onChange={(event) => patch({ name: event.target.value })}
            />
          </div>
          <div className="w-24 shrink-0">
            <input
              aria-label={`Item ${index + 1} quantity`}
              type="number"
              inputMode="numeric"
              min={0}
              max={9999}
              step={1}
              className={cn(small, "tabular-nums")}
              value={row.quantity}
              onChange={(event) => patch({ quantity: event.target.value })}
            />
          </div>
        </>
      )}
    />
  );
}

/** Per-quest editing: title, a done checkbox, add and remove. */
export function QuestEditor({
  rows,
  onChange,
  errors,
}: {
  rows: QuestRow[];
  onChange: (rows: QuestRow[]) => void;
  errors?: ListErrors;
}) {
  return (
    <EditableRows
      legend="Quests"
      listLabel="Quests"
      emptyText="No quests yet."
      rows={rows}
      onChange={onChange}
      errors={errors}
      max={100}
      newRow={questRow}
      addLabel="+ Add quest"
      removeLabel={(index) => `Remove quest ${index + 1}`}
      fields={(row, index, patch, invalid) => (
        <>
          <input
            type="checkbox"
            aria-label={`Quest ${index + 1} done`}
            checked={row.done}
            onChange={(event) => patch({ done: event.target.checked })}
            className="size-4 shrink-0 accent-accent"
          />
          <div className="min-w-0 flex-1">
            <input
              aria-label={`Quest ${index + 1} title`}
              aria-invalid={invalid || undefined}
              className={cn(small, row.done && "text-fg-subtle line-through")}
              value={row.title}
              maxLength={200}
              placeholder="Find Gundren's map"
              onChange={(event) => patch({ title: event.target.value })}
            />
          </div>
        </>
      )}
    />
  );
}

type EditableRowsProps<Row extends { key: number }> = {
  legend: string;
  listLabel: string;
  emptyText: string;
  /** Column captions, shown while there are rows. */
  header?: ReactNode;
  rows: Row[];
  onChange: (rows: Row[]) => void;
  errors?: ListErrors;
  max: number;
  newRow: () => Row;
  addLabel: string;
  removeLabel: (index: number) => string;
  /** One row's inputs; `patch` changes this row, `invalid` says its check failed. */
  fields: (row: Row, index: number, patch: (change: Partial<Row>) => void, invalid: boolean) => ReactNode;
};

/** The shell both editors share: rows with a remove button and their message, the list's message, add. */
function EditableRows<Row extends { key: number }>({
  legend,
  listLabel,
  emptyText,
  header,
  rows,
  onChange,
  errors,
  max,
  newRow,
  addLabel,
  removeLabel,
  fields,
}: EditableRowsProps<Row>) {
  const patch = (key: number, change: Partial<Row>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-2 text-sm font-medium text-fg">{legend}</legend>
      {rows.length === 0 ? <p className="text-sm text-fg-subtle">{emptyText}</p> : header}
      <ul className="flex flex-col gap-2" aria-label={listLabel}>
        {rows.map((row, index) => (
          <li key={row.key}>
            <div className="flex items-center gap-2">
              {fields(row, index, (change) => patch(row.key, change), Boolean(errors?.rows[row.key]))}
              <Button
                variant="ghost"
                size="icon"
                className="size-9 shrink-0"
                aria-label={removeLabel(index)}
                onClick={() => onChange(rows.filter((other) => other.key !== row.key))}
              >
                <CloseIcon />
              </Button>
            </div>
            {errors?.rows[row.key] && (
              <p role="alert" className="mt-1 text-xs text-danger-soft">
                {errors.rows[row.key]}
              </p>
            )}
          </li>
        ))}
      </ul>
      {errors?.list && (
        <p role="alert" className="text-xs text-danger-soft">
          {errors.list}
        </p>
      )}
      <Button
        variant="secondary"
        size="sm"
        className="self-start"
        disabled={rows.length >= max}
        onClick={() => onChange([...rows, newRow()])}
      >
        {addLabel}
      </Button>
    </fieldset>
  );
}

/** Read-only inventory and quests, for the player's sheet. */
export function StateListsView({ inventory, quests, label }: { inventory: unknown; quests: unknown; label: string }) {
  const items = readInventory(inventory);
  const questList = readQuests(quests);
  if (items.length === 0 && questList.length === 0) return null;
  return (
    <div className="grid gap-3 border-t border-line pt-3 text-sm sm:grid-cols-2">
      <div>
        <h4 className="mb-1 text-xs font-semibold uppercase tracking-wider text-fg-subtle">Inventory</h4>
        {items.length === 0 ? (
          <p className="text-fg-subtle">Nothing carried.</p>
        ) : (
          <ul aria-label={`Inventory in ${label}`} className="flex flex-col gap-0.5">
            {items.map((item, index) => (
              <li key={index} className="flex justify-between gap-3">
                <span className="text-ink-100">{item.name}</span>
                <span className="tabular-nums text-fg-muted">×{item.quantity}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h4 className="mb-1 text-xs font-semibold uppercase tracking-wider text-fg-subtle">Quests</h4>
        {questList.length === 0 ? (
          <p className="text-fg-subtle">No quests yet.</p>
        ) : (
          <ul aria-label={`Quests in ${label}`} className="flex flex-col gap-0.5">
            {questList.map((quest, index) => (
              <li
                key={index}
                className={cn("flex items-start gap-2", quest.done ? "text-fg-subtle line-through" : "text-ink-100")}
              >
                <span
                  aria-hidden
                  className={cn(
                    "mt-0.5 flex size-4 shrink-0 items-center justify-center rounded border",
                    quest.done ? "border-success/60 text-success" : "border-line-strong",
                  )}
                >
                  {quest.done && <CheckIcon className="size-3" />}
                </span>
                <span>
                  {quest.title}
                  <span className="sr-only">{quest.done ? " (done)" : " (open)"}</span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
