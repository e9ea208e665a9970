/**
 * One simple, bold symbol per class in a 100-unit box, used on tabards, holy symbols and the
 * frame's medallion. Silhouettes only, so they survive any fill colour and small sizes.
 */
import type { ClassKey } from "./lexicon";

const star = (cx: number, cy: number, outer: number, inner: number, points: number) =>
  Array.from({ length: points * 2 }, (_, i) => {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = (Math.PI * i) / points - Math.PI / 2;
    return `${i === 0 ? "M" : "L"}${(cx + radius * Math.cos(angle)).toFixed(1)} ${(cy + radius * Math.sin(angle)).toFixed(1)}`;
  }).join(" ") + "Z";

const EMBLEMS: Record<ClassKey, string> = {
  barbarian:
    "M46 8 h8 v84 h-8Z M54 14 C80 10 94 30 90 50 C78 40 66 40 54 46Z M46 14 C20 10 6 30 10 50 C22 40 34 40 46 46Z",
  bard: "M30 20 C30 8 70 8 70 20 L66 70 C66 86 34 86 34 70Z M40 24 v44 M50 22 v46 M60 24 v44 M28 70 h44",
  cleric: `${star(50, 50, 44, 26, 8)} M50 34 a16 16 0 1 0 0.1 0Z`,
  druid: "M50 6 C80 26 86 60 50 94 C14 60 20 26 50 6Z M50 20 V88 M50 44 L66 32 M50 60 L34 48 M50 72 L64 62",
  fighter:
    "M20 12 L30 8 L72 62 L80 56 L88 64 L78 72 L88 84 L82 90 L70 80 L62 88 L54 80 L60 72Z M80 12 L70 8 L28 62 L20 56 L12 64 L22 72 L12 84 L18 90 L30 80 L38 88 L46 80 L40 72Z",
  monk: "M50 10 A40 40 0 1 1 49.9 10Z M50 24 A26 26 0 1 0 50.1 24Z M50 36 A14 14 0 1 1 49.9 36Z",
  paladin: `${star(50, 42, 38, 20, 12)} M46 20 h8 v72 h-8Z M32 62 h36 v8 h-36Z`,
  ranger: "M50 6 L62 26 L54 26 L54 78 L64 90 L56 94 L50 86 L44 94 L36 90 L46 78 L46 26 L38 26Z",
  rogue: "M50 4 L60 30 L56 62 L68 62 L68 70 L55 70 L55 86 L60 94 L40 94 L45 86 L45 70 L32 70 L32 62 L44 62 L40 30Z",
  sorcerer:
    "M50 4 C64 24 84 36 76 64 C72 84 58 94 50 94 C36 94 24 82 24 64 C24 50 34 42 36 30 C44 40 44 50 50 54 C56 40 44 24 50 4Z",
  warlock:
    "M50 22 C74 22 94 50 94 50 C94 50 74 78 50 78 C26 78 6 50 6 50 C6 50 26 22 50 22Z M50 34 A16 16 0 1 0 50.1 34Z M50 44 A6 6 0 1 1 49.9 44Z",
  wizard: `${star(50, 50, 46, 14, 4)} M50 40 A10 10 0 1 0 50.1 40Z`,
  artificer: `${star(50, 50, 46, 36, 10)} M50 32 A18 18 0 1 0 50.1 32Z`,
};

/** The emblem placed in a `size`-unit square at (x, y), outlined in ink. */
export function emblemSvg(
  characterClass: ClassKey,
  x: number,
  y: number,
  size: number,
  fill: string,
  stroke = "#1b1416",
): string {
  const scale = size / 100;
  return `<path d="${EMBLEMS[characterClass]}" fill="${fill}" fill-rule="evenodd" stroke="${stroke}" stroke-width="${(3 / scale).toFixed(1)}" stroke-linejoin="round" transform="translate(${x} ${y}) scale(${scale})"/>`;
}
