/**
 * Body measurements and the house line style shared by everything drawn around the head, in
 * Lorelei's 980-unit space. Outlines use Lorelei's own ink weight so head and body read as one.
 */
import { HEAD } from "./avatar";
import type { Look } from "./traits";

export const INK = "#1b1416";
export const ink = (width = 9) =>
  `stroke="${INK}" stroke-width="${width}" stroke-linejoin="round" stroke-linecap="round"`;

/** Shared body measurements, so outfits and props line up with the same shoulders. */
export type Frame = { cx: number; sw: number; shoulderY: number; collarY: number; bottom: number };

export function bodyFrame(look: Look): Frame {
  return {
    cx: (HEAD.neck.left + HEAD.neck.right) / 2,
    sw: 420 * look.breadth,
    shoulderY: 960,
    collarY: 815,
    bottom: 1900,
  };
}

export function torsoPath(f: Frame, grow = 0): string {
  const { cx, sw, shoulderY, collarY, bottom } = f;
  const s = sw + grow;
  const n = 118 + grow * 0.3;
  return (
    `M${cx - n} ${collarY} C${cx - n - 90} ${collarY + 15} ${cx - s + 100} ${shoulderY - 90} ${cx - s} ${shoulderY}` +
    ` C${cx - s - 60} ${shoulderY + 35} ${cx - s - 75} ${shoulderY + 130} ${cx - s - 75} ${shoulderY + 300} L${cx - s - 75} ${bottom}` +
    ` L${cx + s + 75} ${bottom} L${cx + s + 75} ${shoulderY + 300} C${cx + s + 75} ${shoulderY + 130} ${cx + s + 60} ${shoulderY + 35} ${cx + s} ${shoulderY}` +
    ` C${cx + s - 100} ${shoulderY - 90} ${cx + n + 90} ${collarY + 15} ${cx + n} ${collarY}Z`
  );
}
