import type { Point } from "@/lib/schemas/map-layout";

/** SVG path data from points in squares, at `s` pixels per square (a tenth of a pixel is plenty). */
export const ring = (pts: Point[], s: number) => `M${pts.map((p) => `${r1(p.x * s)} ${r1(p.y * s)}`).join("L")}Z`;
export const line = (pts: Point[], s: number, closed?: boolean) =>
  `M${pts.map((p) => `${r1(p.x * s)} ${r1(p.y * s)}`).join("L")}${closed ? "Z" : ""}`;
export const r1 = (v: number) => Math.round(v * 10) / 10;
