import type { AlignmentCode, Personality } from "@/lib/schemas/random-vocabulary";

/** The character tables an NPC is drawn from (after the PHB background tables, reworded). */
export const ALIGNMENTS = {
  LG: "lawful good",
  NG: "neutral good",
  CG: "chaotic good",
  LN: "lawful neutral",
  N: "true neutral",
  CN: "chaotic neutral",
  LE: "lawful evil",
  NE: "neutral evil",
  CE: "chaotic evil",
} as const satisfies Record<AlignmentCode, string>;

/** Personality keyword → the trait sentences a DM can play. */
export const PERSONALITIES = {
  gruff: ["Speaks in grunts and short sentences.", "Has no patience for small talk."],
  cheerful: ["Laughs easily, often at their own jokes.", "Always finds a bright side, however dim."],
  mysterious: ["Answers questions with questions.", "Knows more than they let on and enjoys it."],
  arrogant: ["Name-drops important people constantly.", "Assumes everyone else is a servant."],
  humble: ["Deflects every compliment.", "Quietly does the work nobody thanks them for."],
  nervous: ["Fidgets with a coin and glances at the door.", "Apologises before every sentence."],
  confident: ["Looks everyone straight in the eye.", "Never doubts a plan once it is made."],
  curious: ["Asks about every strange item the party carries.", "Takes notes in a battered little book."],
  greedy: ["Weighs every favour in coin.", "Cannot resist haggling, even over gifts."],
  pious: ["Quotes scripture at every turn.", "Prays before meals, fights and decisions."],
} as const satisfies Record<Personality, readonly string[]>;

/** Ideals lean by the alignment's moral axis (good / neutral / evil) as the PHB tags them. */
export const IDEALS: Record<"good" | "neutral" | "evil", readonly string[]> = {
  good: [
    "Charity: I always help those in need, whatever the cost.",
    "Respect: people deserve to be treated with dignity.",
    "Redemption: there is a spark of good in everyone.",
  ],
  neutral: [
    "Balance: nothing should tip too far either way.",
    "Knowledge: understanding matters more than sides.",
    "Live and let live: meddling causes trouble.",
  ],
  evil: [
    "Power: I will do whatever it takes to rule.",
    "Greed: I am only in it for the money.",
    "Might: the strong are meant to take from the weak.",
  ],
};
export const BONDS = [
  "owes a life debt to a stranger who vanished",
  "protects a younger sibling at any cost",
  "wants to reclaim a family heirloom that was stolen",
  "serves a temple that took them in as a child",
  "is loyal to an old adventuring company now scattered",
  "will do anything to keep their shop open",
] as const;
export const FLAWS = [
  "can't keep a secret to save their life",
  "gambles away every coin",
  "trusts no one in authority",
  "is terrified of the dark",
  "holds grudges forever",
  "drinks more than they should",
  "lies when the truth would do",
] as const;

export const APPEARANCE = {
  build: ["wiry", "stocky", "tall and gaunt", "broad-shouldered", "slight", "heavyset"],
  feature: [
    "a crooked nose",
    "a braided beard",
    "ink-stained fingers",
    "a burn scar on one cheek",
    "mismatched eyes",
    "a missing front tooth",
    "silver rings on every finger",
  ],
  clothing: [
    "a patched travelling cloak",
    "fine but faded silks",
    "a stained leather apron",
    "polished chain mail",
    "robes embroidered with stars",
    "a fur-trimmed coat",
  ],
} as const;

/** Hooks as templates; {name} is the NPC's own first name. */
export const HOOKS = [
  "{name} needs someone to recover a ledger from a flooded cellar before the tax collector arrives.",
  "{name} saw strange lights in the old watchtower and will pay for the truth.",
  "{name} is being blackmailed and quietly asks the party for help.",
  "{name} sells a map with one corner torn off — and wants it back the next day.",
  "{name} mistakes one of the party for a long-lost cousin.",
  "{name} carries a sealed letter that must not reach the duke.",
] as const;
