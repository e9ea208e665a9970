import type { Rng } from "@/lib/rng";
import type { Hue } from "./paint";

/** What a creature drawing gets: its colours, the seeded randomness and the words it was asked with. */
export type CreatureContext = {
  rng: Rng;
  hue: Hue;
  /** The request's words, normalised (" young red dragon "): drawings look for props in it. */
  words: string;
};

export const has = (ctx: CreatureContext, pattern: string) => new RegExp(` (${pattern}) `).test(ctx.words);
