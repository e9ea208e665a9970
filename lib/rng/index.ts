/**
 * The project's one seeded RNG: mulberry32 over a 32-bit state, where a string seed is first
 * hashed with FNV-1a. Map layouts, NPCs, encounters and the built-in image engine must all be
 * reproducible from a seed, so nothing in lib/maps, lib/random or lib/providers/builtin may call
 * Math.random.
 */
export type Rng = {
  next(): number;
  /** A float in [min, max). */
  range(min: number, max: number): number;
  int(min: number, maxInclusive: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** Fisher–Yates in place; returns the same array. */
  shuffle<T>(items: T[]): T[];
  /** A child generator whose stream does not depend on how much the parent has been used, so
   * adding a draw in one concern (say the backdrop) does not reshuffle another (the face). */
  fork(label: string): Rng;
};

/** 32-bit FNV-1a: stable across platforms and Node versions, which is all we need here. */
export function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A number seed is used as the state directly; a string seed is hashed (a zero hash becomes 1,
 * as it always has, so saved map and NPC seeds keep giving the same results). */
export function createRng(seed: number | string): Rng {
  let state = typeof seed === "number" ? seed >>> 0 : hashSeed(seed) || 1;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    range: (min, max) => min + (max - min) * next(),
    int: (min, maxInclusive) => min + Math.floor(next() * (maxInclusive - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (probability) => next() < probability,
    shuffle: (items) => {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [items[i], items[j]] = [items[j], items[i]];
      }
      return items;
    },
    fork: (label) => createRng(`${seed}/${label}`),
  };
}

/** A fresh seed for requests that did not give one (not reproducible by design). */
export function randomSeed(): string {
  return Math.floor(Math.random() * 2 ** 32).toString(36);
}
