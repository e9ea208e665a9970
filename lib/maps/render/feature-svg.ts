import type { Feature } from "../types";

/** One piece of furniture or scenery as simple, readable top-down shapes. */
export function featureSvg(f: Feature, pps: number): string {
  const x = f.x * pps;
  const y = f.y * pps;
  const w = f.w * pps;
  const h = f.h * pps;
  const cx = x + w / 2;
  const cy = y + h / 2;
  const inset = pps * 0.12;
  const box = (fill: string, stroke = "#3b2a1a", k = inset) => `<rect x="${x + k}" y="${y + k}" width="${w - 2 * k}" height="${h - 2 * k}" rx="${pps * 0.06}" fill="${fill}" stroke="${stroke}" stroke-width="${Math.max(1, pps / 30)}"/>`;
  const circle = (r: number, fill: string, stroke = "#3b2a1a") => `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}" stroke="${stroke}" stroke-width="${Math.max(1, pps / 30)}"/>`;
  switch (f.kind) {
    case "table": return box("#6b4423");
    case "chair": return box("#7d5330", "#3b2a1a", pps * 0.3);
    case "bar": return box("#5a3518");
    case "bed": return box("#8d6e63") + `<rect x="${x + inset}" y="${y + inset}" width="${w - 2 * inset}" height="${pps * 0.3}" fill="#eeeeee"/>`;
    case "barrel": return circle(pps * 0.32, "#7a5230") + circle(pps * 0.12, "#5a3a20");
    case "crate": return box("#9c7a4d") + `<path d="M${x + inset} ${y + inset}L${x + w - inset} ${y + h - inset}M${x + w - inset} ${y + inset}L${x + inset} ${y + h - inset}" stroke="#5a4020" stroke-width="${pps / 25}"/>`;
    case "hearth": return box("#5c5c5c", "#222") + `<ellipse cx="${cx}" cy="${cy}" rx="${w * 0.25}" ry="${h * 0.25}" fill="#ff8c2a"/>`;
    case "altar": return box("#d8d2c4", "#555");
    case "pew": return box("#70462a", "#3b2a1a", pps * 0.2);
    case "statue": return circle(pps * 0.38, "#bdbdbd", "#555") + circle(pps * 0.18, "#e0e0e0", "#777");
    case "throne": return box("#8e1b1b", "#d4af37");
    case "rack": return box("#4e4e4e", "#222") + `<path d="M${x + inset} ${cy}H${x + w - inset}" stroke="#ccc" stroke-width="${pps / 20}"/>`;
    case "chest": return box("#8a5a1c", "#d4af37", pps * 0.2);
    case "trap": return `<rect x="${x + inset}" y="${y + inset}" width="${w - 2 * inset}" height="${h - 2 * inset}" fill="none" stroke="#c62828" stroke-width="${pps / 18}" stroke-dasharray="${pps / 8}"/><text x="${cx}" y="${cy + pps * 0.14}" font-family="DejaVu Sans, sans-serif" font-size="${pps * 0.4}" fill="#c62828" text-anchor="middle" font-weight="bold">T</text>`;
    case "tree": return circle(pps * 0.45, "#2e5d2a", "#1d3b1a") + circle(pps * 0.2, "#3f7a38", "#2e5d2a");
    case "rock": return `<polygon points="${x + w * 0.2},${y + h * 0.7} ${x + w * 0.35},${y + h * 0.25} ${x + w * 0.7},${y + h * 0.2} ${x + w * 0.85},${y + h * 0.65} ${x + w * 0.5},${y + h * 0.85}" fill="#8a8580" stroke="#4a4540" stroke-width="${pps / 30}"/>`;
    case "well": return circle(pps * 0.42, "#777", "#333") + circle(pps * 0.25, "#1e3a5a", "#333");
    case "stairs": return box("#9e9686", "#3b3530", pps * 0.05) + [0.3, 0.5, 0.7].map((k) => `<path d="M${x + pps * 0.1} ${y + h * k}H${x + w - pps * 0.1}" stroke="#3b3530" stroke-width="${pps / 30}"/>`).join("");
    case "pillar": return circle(pps * 0.35, "#8d8478", "#3b3530");
    case "campfire": return circle(pps * 0.35, "#5a4a3a", "#2a2a2a") + circle(pps * 0.18, "#ff9800", "#ff5722");
    case "fungus": return circle(pps * 0.2, "#6fd3c5", "#2a7a70");
    default: return "";
  }
}
