"use client";

import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { CharacterIcon } from "@/components/ui/icons";
import { labelFor } from "@/lib/schemas/character-vocabulary";
import { useCharacters, usePregenerated } from "@/lib/query/characters";

/** The player's characters, and the pregenerated ones to start from. */
export function CharacterList() {
  const characters = useCharacters();
  const templates = usePregenerated();
  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="mine">
        <h2 id="mine" className="mb-4 text-xl font-semibold">
          Your characters
        </h2>
        {characters.isPending && <p className="text-sm text-fg-muted">Loading your characters…</p>}
        {characters.error && <Alert variant="error">{characters.error.message}</Alert>}
        {characters.data?.length === 0 && (
          <EmptyState
            icon={<CharacterIcon />}
            title="No characters yet"
            headingLevel={3}
            description="Create one from scratch or start from a pregenerated character below."
            action={
              <Link className={buttonStyles()} href="/characters/new">
                Create a character
              </Link>
            }
          />
        )}
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {characters.data?.map((character) => (
            <li key={character.character_id}>
              <Link href={`/characters/${character.character_id}`}>
                <Card interactive className="flex-row items-center gap-4 p-3">
                  <div className="size-20 shrink-0 overflow-hidden rounded-md bg-ink-900">
                    {character.portrait_url && (
                      <img src={character.portrait_url} alt="" className="size-full object-cover" />
                    )}
                  </div>
                  <div className="min-w-0">
                    <p className="truncate font-semibold text-ink-50">{character.name}</p>
                    <p className="text-sm text-fg-muted">
                      {labelFor(character.race)} {labelFor(character.character_class)} · level {character.base_level}
                    </p>
                  </div>
                </Card>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="pregenerated">
        <h2 id="pregenerated" className="mb-1 text-xl font-semibold">
          Start from a pregenerated character
        </h2>
        <p className="mb-4 text-sm text-fg-muted">Every field is filled in; change anything before you save.</p>
        {templates.isPending && <p className="text-sm text-fg-muted">Loading…</p>}
        {templates.error && <Alert variant="error">{templates.error.message}</Alert>}
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {templates.data?.map((template) => (
            <li key={template.slug}>
              <Card className="flex h-full flex-col gap-2 p-4">
                <img
                  src={`/pregenerated/${template.slug}.webp`}
                  alt={`Preview portrait of ${template.name}`}
                  width={320}
                  height={320}
                  loading="lazy"
                  className="aspect-square w-full rounded-md bg-ink-900 object-cover"
                />
                <p className="font-semibold text-ink-50">{template.name}</p>
                <p className="text-sm text-fg-muted">
                  {labelFor(String(template.race))} {labelFor(String(template.character_class))}
                </p>
                <p className="line-clamp-2 text-xs text-fg-subtle">{String(template.backstory)}</p>
                <Link
                  className={buttonStyles({ variant: "secondary", size: "sm", className: "mt-auto self-start" })}
                  href={`/characters/new?template=${template.slug}`}
                >
                  Start from {template.name.split(" ")[0]}
                </Link>
              </Card>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
