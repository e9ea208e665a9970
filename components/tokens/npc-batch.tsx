"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { controlStyles } from "@/components/ui/field";
import { CloseIcon } from "@/components/ui/icons";
import { useTokenBatch } from "@/lib/query/tokens";
import { CREATURE_SIZES, DISPOSITIONS } from "@/lib/schemas/token-vocabulary";
import { cn } from "@/lib/ui/cn";
import { ProfilePicker } from "./profile-picker";

type Size = (typeof CREATURE_SIZES)[number];
type Disposition = (typeof DISPOSITIONS)[number];
type Row = { key: number; name: string; description: string; size: Size; disposition: Disposition };

export const MAX_NPCS = 12;
const DISPOSITION_LABEL: Record<Disposition, string> = {
  PC: "Player character",
  FRIENDLY: "Friendly",
  NEUTRAL: "Neutral",
  HOSTILE: "Hostile",
};
const title = (value: string) => value[0] + value.slice(1).toLowerCase();

let nextKey = 1;
const emptyRow = (): Row => ({ key: nextKey++, name: "", description: "", size: "MEDIUM", disposition: "HOSTILE" });

/**
 * A batch of NPC tokens drawn from descriptions (POST /api/generate/token/batch with `npcs`): one
 * row per NPC, checked with the API's own zod schema before sending; the server makes them one by
 * one and reports each, so a failure is shown next to its name while the rest are kept.
 */
export function NpcBatch({ campaignId }: { campaignId: string | null }) {
  const [rows, setRows] = useState<Row[]>(() => [emptyRow()]);
  const [profileId, setProfileId] = useState("");
  const [errors, setErrors] = useState<Record<number, string>>({});
  const batch = useTokenBatch();

  const update = (key: number, patch: Partial<Row>) =>
    setRows((all) => all.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  async function submit() {
    // The API's own schema, loaded on submit so zod stays out of the page's first load.
    const { npcSchema } = await import("@/lib/schemas/tokens");
    const found: Record<number, string> = {};
    const npcs = rows.map(({ key, ...npc }) => {
      const parsed = npcSchema.safeParse(npc);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        found[key] =
          `${issue.path[0] === "name" ? "Name" : "Description"}: ${issue.path[0] === "name" ? "required" : issue.message}`;
      }
      return { ...npc, name: npc.name.trim(), description: npc.description.trim() };
    });
    setErrors(found);
    if (Object.keys(found).length === 0)
      batch.mutate({ npcs, campaignId: campaignId ?? undefined, profileId: profileId || undefined });
  }

  return (
    <form
      className="space-y-4"
      aria-label="NPC batch"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <ol className="space-y-3" aria-label="NPCs">
        {rows.map((row, index) => (
          <li
            key={row.key}
            className="rounded-lg border border-line bg-surface-sunken/40 p-3"
            aria-label={`NPC ${index + 1}`}
          >
            <div className="grid gap-3 sm:grid-cols-[minmax(0,12rem)_minmax(0,1fr)_8rem_9rem_auto] sm:items-end">
              <label className="flex flex-col gap-1 text-xs font-medium text-fg-muted">
                Name
                <input
                  aria-label={`NPC ${index + 1} name`}
                  className={cn(controlStyles, "h-9 text-sm")}
                  value={row.name}
                  maxLength={80}
                  placeholder="Klarg"
                  onChange={(e) => update(row.key, { name: e.target.value })}
                />
              </label>
              <label className="flex flex-col gap-1 text-xs font-medium text-fg-muted">
                Description
                <input
                  aria-label={`NPC ${index + 1} description`}
                  className={cn(controlStyles, "h-9 text-sm")}
                  value={row.description}
                  maxLength={1000}
                  placeholder="a bugbear chief with a morningstar"
                  onChange={(e) => update(row.key, { description: e.target.value })}
                />
              </label>
              <label className="flex flex-col gap-1 text-xs font-medium text-fg-muted">
                Size
                <select
                  aria-label={`NPC ${index + 1} size`}
                  className={cn(controlStyles, "h-9 text-sm")}
                  value={row.size}
                  onChange={(e) => update(row.key, { size: e.target.value as Size })}
                >
                  {CREATURE_SIZES.map((size) => (
                    <option key={size} value={size}>
                      {title(size)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="flex flex-col gap-1 text-xs font-medium text-fg-muted">
                Disposition
                <select
                  aria-label={`NPC ${index + 1} disposition`}
                  className={cn(controlStyles, "h-9 text-sm")}
                  value={row.disposition}
                  onChange={(e) => update(row.key, { disposition: e.target.value as Disposition })}
                >
                  {DISPOSITIONS.map((d) => (
                    <option key={d} value={d}>
                      {DISPOSITION_LABEL[d]}
                    </option>
                  ))}
                </select>
              </label>
              <Button
                variant="ghost"
                size="icon"
                className="size-9"
                aria-label={`Remove NPC ${index + 1}`}
                disabled={rows.length === 1}
                onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}
              >
                <CloseIcon />
              </Button>
            </div>
            {errors[row.key] && (
              <p role="alert" className="mt-2 text-xs text-danger">
                {errors[row.key]}
              </p>
            )}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap items-end gap-3">
        <Button
          variant="secondary"
          size="sm"
          disabled={rows.length >= MAX_NPCS}
          onClick={() => setRows((all) => [...all, emptyRow()])}
        >
          + Add NPC
        </Button>
        <span className="text-xs text-fg-subtle">
          {rows.length} of {MAX_NPCS}
        </span>
      </div>
      <div className="grid gap-3 sm:grid-cols-[minmax(0,20rem)_auto] sm:items-end">
        <ProfilePicker value={profileId} onChange={setProfileId} />
        <div className="flex items-center gap-3">
          <Button type="submit" disabled={batch.isPending}>
            {batch.isPending
              ? `Drawing ${rows.length} NPC${rows.length === 1 ? "" : "s"}…`
              : `Make ${rows.length} NPC token${rows.length === 1 ? "" : "s"}`}
          </Button>
          {batch.isPending && (
            <span role="status" className="text-sm text-fg-muted">
              A few seconds per NPC.
            </span>
          )}
        </div>
      </div>
      {batch.error && (
        <p role="alert" className="text-sm text-danger">
          {batch.error.message}
        </p>
      )}
      {batch.data && (
        <div className="space-y-2">
          <p className="text-sm text-fg-muted">
            {batch.data.created} made{batch.data.failed ? `, ${batch.data.failed} failed` : ""}.
          </p>
          <ul
            className="space-y-2 rounded-lg border border-line bg-surface-sunken/50 p-3 text-sm"
            aria-label="NPC batch results"
          >
            {batch.data.results.map((r) => (
              <li key={r.index} className="flex items-center gap-3">
                {r.ok && r.token.imageUrl ? (
                  <img src={r.token.imageUrl} alt={`${r.name} token`} className="size-9 rounded-full" />
                ) : (
                  <span
                    aria-hidden
                    className={cn(
                      "flex size-9 items-center justify-center rounded-full border",
                      r.ok ? "border-success/50 text-success" : "border-danger/50 text-danger",
                    )}
                  >
                    {r.ok ? "✓" : "✕"}
                  </span>
                )}
                <span className="font-medium">{r.name}</span>
                <span className={r.ok ? "text-fg-muted" : "text-danger"}>
                  {r.ok ? "token made" : `failed: ${r.error.message}`}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
