import type { Rng } from "@/lib/rng";

/**
 * Treasure by CR tier, after the DMG's Individual Treasure tables (p. 136) and its hoard tiers.
 * Each defeated monster rolls once on its tier's individual table; the group may also guard a
 * small hoard of gems or art and a magic item from the tier's tables.
 */
export type Coins = { cp: number; sp: number; ep: number; gp: number; pp: number };
export type Treasure = { tier: string; coins: Coins; items: string[] };

const TIERS = [
  { max: 4, label: "CR 0–4" },
  { max: 10, label: "CR 5–10" },
  { max: 16, label: "CR 11–16" },
  { max: Infinity, label: "CR 17+" },
] as const;
export const treasureTier = (cr: number) => TIERS.findIndex((tier) => cr <= tier.max);

type Roll = [dice: number, multiplier: number, coin: keyof Coins];
/** [d100 upper bound, coin rolls] — "4d6 × 100 cp" is [4, 100, "cp"]. */
const INDIVIDUAL: ReadonlyArray<ReadonlyArray<[number, Roll[]]>> = [
  [
    [30, [[5, 1, "cp"]]],
    [60, [[4, 1, "sp"]]],
    [70, [[3, 1, "ep"]]],
    [95, [[3, 1, "gp"]]],
    [100, [[1, 1, "pp"]]],
  ],
  [
    [
      30,
      [
        [4, 100, "cp"],
        [1, 10, "ep"],
      ],
    ],
    [
      60,
      [
        [6, 10, "sp"],
        [2, 10, "gp"],
      ],
    ],
    [
      70,
      [
        [3, 10, "ep"],
        [2, 10, "gp"],
      ],
    ],
    [95, [[4, 10, "gp"]]],
    [
      100,
      [
        [2, 10, "gp"],
        [3, 1, "pp"],
      ],
    ],
  ],
  [
    [
      20,
      [
        [4, 100, "sp"],
        [1, 100, "gp"],
      ],
    ],
    [
      35,
      [
        [1, 100, "ep"],
        [1, 100, "gp"],
      ],
    ],
    [
      75,
      [
        [2, 100, "gp"],
        [1, 10, "pp"],
      ],
    ],
    [
      100,
      [
        [2, 100, "gp"],
        [2, 10, "pp"],
      ],
    ],
  ],
  [
    [
      15,
      [
        [2, 1000, "ep"],
        [8, 100, "gp"],
      ],
    ],
    [
      55,
      [
        [1, 1000, "gp"],
        [1, 100, "pp"],
      ],
    ],
    [
      100,
      [
        [1, 1000, "gp"],
        [2, 100, "pp"],
      ],
    ],
  ],
];

const VALUABLES = [
  {
    gems: "10 gp gems (azurite, hematite)",
    art: "25 gp art objects (a silver ewer, a carved bone statuette)",
    items: ["Potion of Healing", "Spell Scroll (cantrip)", "Potion of Climbing", "Bag of Holding"],
  },
  {
    gems: "50 gp gems (bloodstone, moonstone)",
    art: "250 gp art objects (a gold ring set with bloodstones)",
    items: ["Potion of Greater Healing", "+1 Weapon", "Cloak of Protection", "Wand of Magic Missiles"],
  },
  {
    gems: "500 gp gems (pearl, topaz)",
    art: "750 gp art objects (a silver chalice set with moonstones)",
    items: ["+2 Armor", "Ring of Spell Storing", "Staff of Fire", "Potion of Supreme Healing"],
  },
  {
    gems: "1,000 gp gems (emerald, sapphire)",
    art: "2,500 gp art objects (a jeweled platinum crown)",
    items: ["+3 Weapon", "Ring of Three Wishes", "Staff of the Magi", "Holy Avenger"],
  },
];

const d6 = (rng: Rng, count: number) => Array.from({ length: count }, () => rng.int(1, 6)).reduce((a, b) => a + b, 0);

/** One roll on the individual treasure table of a monster's tier. */
export function individualTreasure(cr: number, rng: Rng): Coins {
  const coins: Coins = { cp: 0, sp: 0, ep: 0, gp: 0, pp: 0 };
  const roll = rng.int(1, 100);
  const row = INDIVIDUAL[treasureTier(cr)].find(([upTo]) => roll <= upTo)!;
  for (const [dice, multiplier, coin] of row[1]) coins[coin] += d6(rng, dice) * multiplier;
  return coins;
}

/** Coins for every monster plus, with a chance growing with the tier, valuables from the top CR's tier. */
export function encounterTreasure(crs: number[], rng: Rng): Treasure {
  const coins: Coins = { cp: 0, sp: 0, ep: 0, gp: 0, pp: 0 };
  for (const cr of crs) {
    const rolled = individualTreasure(cr, rng);
    for (const coin of Object.keys(coins) as (keyof Coins)[]) coins[coin] += rolled[coin];
  }
  const tier = treasureTier(Math.max(...crs));
  const valuables = VALUABLES[tier];
  const items: string[] = [];
  if (rng.chance(0.4 + tier * 0.1)) items.push(`${d6(rng, 2)} × ${rng.chance(0.5) ? valuables.gems : valuables.art}`);
  if (rng.chance(0.25 + tier * 0.1)) items.push(rng.pick(valuables.items));
  return { tier: TIERS[tier].label, coins, items };
}
