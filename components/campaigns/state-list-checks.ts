// The save-time checks of the DM's inventory and quest editors, with the API's own zod schemas.
// A module of its own so the schema library loads when the DM saves, not with the page.
import { z } from "zod";
import { inventoryItemSchema, questSchema } from "@/lib/schemas/characters";
import type { InventoryItem, ItemRow, ListErrors, Quest, QuestRow } from "./state-lists";

const inventorySchema = z.array(inventoryItemSchema).max(200, "At most 200 items");
const questsSchema = z.array(questSchema).max(100, "At most 100 quests");

type Checked<T> = { ok: true; value: T[] } | { ok: false; errors: ListErrors };

/** Rows → the API's items, checked by the same zod schema the route uses; errors keyed by row. */
export function checkInventory(rows: ItemRow[]): Checked<InventoryItem> {
  const candidate = rows.map((row) => ({
    name: row.name,
    quantity: row.quantity.trim() === "" ? Number.NaN : Number(row.quantity),
  }));
  const parsed = inventorySchema.safeParse(candidate);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    errors: errorsByRow(parsed.error.issues, rows, (field) =>
      field === "quantity"
        ? "Quantity must be a whole number from 0 to 9999"
        : "Name the item (up to 100 characters) or remove it",
    ),
  };
}
export function checkQuests(rows: QuestRow[]): Checked<Quest> {
  const parsed = questsSchema.safeParse(rows.map(({ title, done }) => ({ title, done })));
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    errors: errorsByRow(parsed.error.issues, rows, () => "Give the quest a title (up to 200 characters) or remove it"),
  };
}

function errorsByRow(
  issues: z.core.$ZodIssue[],
  rows: { key: number }[],
  message: (field: string) => string,
): ListErrors {
  const errors: ListErrors = { rows: {} };
  for (const issue of issues) {
    const [index, field] = issue.path;
    if (typeof index === "number" && rows[index]) errors.rows[rows[index].key] ??= message(String(field));
    else errors.list ??= issue.message;
  }
  return errors;
}
