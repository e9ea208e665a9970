"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { useCharacter, useDeleteCharacter } from "@/lib/query/characters";
import { labelFor } from "@/lib/schemas/character-vocabulary";
import { StateListsView } from "@/components/campaigns/state-lists";
import { HpBar } from "./hp-bar";

/** The player's sheet: the portrait large, identity, and the character's state in each campaign. */
export function CharacterSheet({ id }: { id: string }) {
  const { data: character, error } = useCharacter(id);
  if (error) return <Alert variant="error">{error.message}</Alert>;
  if (!character) return <p className="text-fg-muted">Loading…</p>;
  const looks = [
    ["Gender", labelFor(character.gender)],
    ["Age", labelFor(character.age_category)],
    ["Build", labelFor(character.build)],
    ["Height", character.height_description],
    ["Expression", labelFor(character.facial_expression)],
    ["Face", character.facial_features],
    ["Attire", character.attire],
    ["Weapon", character.primary_weapon],
    ["Feature", character.distinguishing_feature],
    ["Setting", character.background_setting],
    ["Pose", labelFor(character.pose)],
    ["Appearance", character.appearance],
  ].filter(([, value]) => value);
  return (
    <div className="grid gap-8 lg:grid-cols-[2fr_3fr]">
      <div className="aspect-square w-full overflow-hidden rounded-xl bg-ink-900">
        {character.portrait_url ? (
          <img src={character.portrait_url} alt={`Portrait of ${character.name}`} className="size-full object-cover" />
        ) : (
          <p className="p-6 text-fg-subtle">No portrait yet.</p>
        )}
      </div>
      <div className="flex flex-col gap-6">
        <div>
          <h1 className="text-3xl font-semibold text-ink-50 sm:text-4xl">{character.name}</h1>
          <p className="text-fg-muted">
            {labelFor(character.race)} {labelFor(character.character_class)} · level {character.base_level}
          </p>
          {character.is_owner && (
            <div className="mt-3 flex flex-wrap gap-2">
              <Link className={buttonStyles({ variant: "secondary", size: "sm" })} href={`/characters/${id}/edit`}>
                Edit character and portrait
              </Link>
              <DeleteCharacter id={id} name={character.name} />
            </div>
          )}
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {looks.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-fg-subtle">{label}</dt>
              <dd className="text-ink-100">{value}</dd>
            </div>
          ))}
        </dl>
        {character.description && (
          <section aria-labelledby="description-heading">
            <h2 id="description-heading" className="mb-1 text-lg font-semibold">
              Description
            </h2>
            <p className="whitespace-pre-wrap text-sm text-ink-100">{character.description}</p>
          </section>
        )}
        {(character.voice_archetype || character.voice_id) && (
          <section aria-labelledby="voice-heading">
            <h2 id="voice-heading" className="mb-1 text-lg font-semibold">
              Voice
            </h2>
            <p className="text-sm text-ink-100">
              {[character.voice_archetype, character.voice_id && `voice id ${character.voice_id}`]
                .filter(Boolean)
                .join(" · ")}
            </p>
            {Object.keys(character.voice_settings).length > 0 && (
              <p className="text-xs text-fg-muted">
                {Object.entries(character.voice_settings)
                  .map(([key, value]) => `${key}: ${String(value)}`)
                  .join(", ")}
              </p>
            )}
          </section>
        )}
        {character.backstory && (
          <section aria-labelledby="backstory-heading">
            <h2 id="backstory-heading" className="mb-1 text-lg font-semibold">
              Backstory
            </h2>
            <p className="whitespace-pre-wrap text-sm text-fg-muted">{character.backstory}</p>
          </section>
        )}
        <section aria-labelledby="in-campaigns">
          <h2 id="in-campaigns" className="mb-3 text-lg font-semibold">
            In campaigns
          </h2>
          {character.campaigns.length === 0 && (
            <p className="text-sm text-fg-subtle">
              Not in a campaign yet. Join one with an invite link from its DM, or{" "}
              <Link href="/campaigns" className="text-ink-50 underline">
                start your own
              </Link>
              .
            </p>
          )}
          <ul className="grid gap-3">
            {character.campaigns.map((state) => (
              <li key={state.campaign_id}>
                <Card className="flex flex-col gap-2 p-4">
                  <Link href={`/campaigns/${state.campaign_id}`} className="font-semibold text-ink-50 hover:underline">
                    {state.campaign_name}
                  </Link>
                  <HpBar current={state.hit_points_current} max={state.hit_points_max} />
                  <p className="text-xs text-fg-muted">
                    Level {state.level} · AC {state.armor_class} · {labelFor(state.status)}
                    {state.location ? ` · ${state.location}` : ""}
                  </p>
                  <StateListsView inventory={state.inventory} quests={state.quests} label={state.campaign_name} />
                </Card>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}

/** Owner only (then to the list): the character leaves every campaign it is in; its images stay in the gallery. */
export function DeleteCharacter({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  const remove = useDeleteCharacter();
  return (
    <ConfirmDelete
      label="Delete character"
      title={`Delete ${name}?`}
      description="The character leaves every campaign it is in, with its state there. Its pictures stay in your gallery. This cannot be undone."
      pending={remove.isPending}
      onConfirm={async () => {
        await remove.mutateAsync(id);
        router.push("/characters");
      }}
    />
  );
}
