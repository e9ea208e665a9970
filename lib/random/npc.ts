import {
  ALIGNMENT_CODES,
  NPC_CLASSES,
  NPC_RACES,
  PERSONALITY_KEYS,
  type AlignmentCode,
  type NpcClass,
  type NpcRace,
  type Personality,
} from "@/lib/schemas/random-vocabulary";
import { npcName } from "./npc-names";
import { ALIGNMENTS, APPEARANCE, BONDS, FLAWS, HOOKS, IDEALS, PERSONALITIES } from "./npc-traits";
import { createRng } from "@/lib/rng";
import type { RandomNpcResponse } from "@/lib/schemas/random-response";

export type NpcInput = {
  race?: NpcRace;
  class?: NpcClass;
  personality?: Personality;
  alignment?: AlignmentCode;
  seed: string;
};
/** The response contract of GET /api/generate/random/npc. */
export type Npc = RandomNpcResponse;

const moralAxis = (code: AlignmentCode) => (code.endsWith("G") ? "good" : code.endsWith("E") ? "evil" : "neutral");

/**
 * A playable NPC. Every choice the caller leaves open is drawn from the seed; each part uses its
 * own forked stream, so fixing the race does not change the rolled flaw or hook.
 */
export function generateNpc(input: NpcInput): Npc {
  const rng = createRng(`npc:${input.seed}`);
  const race = input.race ?? rng.fork("race").pick(NPC_RACES);
  const npcClass = input.class ?? rng.fork("class").pick(NPC_CLASSES);
  const personality = input.personality ?? rng.fork("personality").pick(PERSONALITY_KEYS);
  const code = input.alignment ?? rng.fork("alignment").pick(ALIGNMENT_CODES);
  const { name } = npcName(race, rng.fork(`name:${race}`));
  const look = rng.fork("appearance");
  const firstName = name.split(" ")[0];
  return {
    seed: input.seed,
    name,
    race,
    class: npcClass,
    personality,
    traits: [...PERSONALITIES[personality]],
    ideal: rng.fork("ideal").pick(IDEALS[moralAxis(code)]),
    bond: `Bond: ${rng.fork("bond").pick(BONDS)}.`,
    flaw: `Flaw: ${rng.fork("flaw").pick(FLAWS)}.`,
    alignment: { code, name: ALIGNMENTS[code] },
    appearance: `A ${look.pick(APPEARANCE.build)} ${race} ${npcClass} with ${look.pick(APPEARANCE.feature)}, wearing ${look.pick(APPEARANCE.clothing)}.`,
    hook: rng.fork("hook").pick(HOOKS).replace("{name}", firstName),
  };
}
