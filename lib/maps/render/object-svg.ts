import type { MapObject } from "@/lib/schemas/map-layout";
import type { Style } from "./textures";

/** One object as a small top-down illustration (recognisable at 70 px a square), in either style. */
export function objectSvg(o: MapObject, pps: number, style: Style): string {
  const s = pps;
  const x = o.x * s;
  const y = o.y * s;
  const w = o.w * s;
  const h = o.h * s;
  const cx = x + w / 2;
  const cy = y + h / 2;
  const ink = style === "ink";
  const line = ink ? "#1e1a16" : "#2a1d12";
  const lw = Math.max(1, s / (ink ? 26 : 34));
  const fill = (painted: string) => (ink ? "#f4ead2" : painted);
  const shadow = ink
    ? ""
    : `<ellipse cx="${cx + s * 0.06}" cy="${cy + s * 0.08}" rx="${w * 0.5}" ry="${h * 0.5}" fill="#000" fill-opacity="0.25"/>`;
  const rot = o.rotation ? ` transform="rotate(${o.rotation} ${cx} ${cy})"` : "";
  const box = (f: string, k = 0.08, rx = 0.06) =>
    `<rect x="${x + s * k}" y="${y + s * k}" width="${w - 2 * s * k}" height="${h - 2 * s * k}" rx="${s * rx}" fill="${fill(f)}" stroke="${line}" stroke-width="${lw}"/>`;
  const circle = (r: number, f: string, dx = 0, dy = 0, stroke = true) =>
    `<circle cx="${cx + dx}" cy="${cy + dy}" r="${r}" fill="${fill(f)}"${stroke ? ` stroke="${line}" stroke-width="${lw}"` : ""}/>`;
  const lines = (d: string, c = line, wd = lw) =>
    `<path d="${d}" stroke="${c}" stroke-width="${wd}" fill="none" stroke-linecap="round"/>`;
  const g = (body: string) => `<g${rot}>${body}</g>`;
  switch (o.kind) {
    case "table": {
      const planks =
        w > h
          ? [0.35, 0.65].map((k) => `M${x + s * 0.1} ${y + h * k}H${x + w - s * 0.1}`).join("")
          : [0.35, 0.65].map((k) => `M${x + w * k} ${y + s * 0.1}V${y + h - s * 0.1}`).join("");
      return (
        shadow +
        g(
          box("#7a4e2a", 0.1) +
            lines(planks, ink ? line : "#4a2e16", lw * 0.8) +
            (ink ? "" : circle(s * 0.08, "#e8d9a8", -w * 0.15, 0, false)),
        )
      );
    }
    case "chair":
      return g(
        box("#6a4425", 0.28, 0.05) +
          `<rect x="${x + s * 0.26}" y="${y + s * 0.22}" width="${s * 0.48}" height="${s * 0.1}" fill="${fill("#4a2e16")}"/>`,
      );
    case "bench":
    case "pew":
      return (
        shadow +
        g(
          box("#6e4526", 0.2, 0.04) +
            lines(`M${x + s * 0.2} ${cy}H${x + w - s * 0.2}`, ink ? line : "#4a2e16", lw * 0.7),
        )
      );
    case "bar":
      return (
        shadow +
        g(
          box("#5a3518", 0.05, 0.1) +
            `<rect x="${x + s * 0.12}" y="${y + s * 0.18}" width="${w - s * 0.24}" height="${h * 0.25}" fill="${fill("#8a5a30")}"/>` +
            circle(s * 0.09, "#d8c890", -w / 2 + s * 0.5, 0) +
            circle(s * 0.09, "#d8c890", w / 2 - s * 0.7, 0),
        )
      );
    case "bed":
      return (
        shadow +
        g(
          box("#6a4a30", 0.08) +
            `<rect x="${x + s * 0.14}" y="${y + s * 0.14}" width="${w - s * 0.28}" height="${s * 0.3}" rx="${s * 0.08}" fill="${fill("#eeeae0")}" stroke="${line}" stroke-width="${lw * 0.6}"/>` +
            `<rect x="${x + s * 0.12}" y="${y + s * 0.5}" width="${w - s * 0.24}" height="${h - s * 0.62}" fill="${fill("#3c5a8a")}" stroke="${line}" stroke-width="${lw * 0.6}"/>`,
        )
      );
    case "barrel":
      return (
        shadow +
        circle(s * 0.36, "#8a5a2c") +
        circle(s * 0.27, "#7a4c22", 0, 0, false) +
        `<circle cx="${cx}" cy="${cy}" r="${s * 0.3}" fill="none" stroke="${ink ? line : "#3a3a3a"}" stroke-width="${lw * 1.4}"/>` +
        circle(s * 0.07, "#3a2410")
      );
    case "crate":
      return (
        shadow +
        g(
          box("#a07a48", 0.1, 0.02) +
            lines(
              `M${x + s * 0.1} ${y + s * 0.1}L${x + w - s * 0.1} ${y + h - s * 0.1}M${x + w - s * 0.1} ${y + s * 0.1}L${x + s * 0.1} ${y + h - s * 0.1}`,
              ink ? line : "#5a4020",
            ),
        )
      );
    case "chest":
      return (
        shadow +
        g(
          box("#7a4a18", 0.18, 0.05) +
            lines(`M${x + s * 0.18} ${cy}H${x + w - s * 0.18}`, ink ? line : "#d4af37", lw * 1.6) +
            circle(s * 0.06, "#d4af37"),
        )
      );
    case "hearth":
    case "stove":
      return g(
        box("#6b6660", 0.02, 0.04) +
          `<ellipse cx="${cx}" cy="${cy}" rx="${w * 0.3}" ry="${h * 0.3}" fill="${ink ? "#1e1a16" : "#2a1a10"}"/>` +
          (ink
            ? ""
            : `<ellipse cx="${cx}" cy="${cy}" rx="${w * 0.2}" ry="${h * 0.2}" fill="#ff9a2a"/><ellipse cx="${cx}" cy="${cy}" rx="${w * 0.1}" ry="${h * 0.1}" fill="#ffe27a"/>`),
      );
    case "altar":
      return (
        shadow +
        g(
          box("#d6cfc0", 0.06, 0.03) +
            `<rect x="${x + s * 0.16}" y="${y + s * 0.16}" width="${w - s * 0.32}" height="${h - s * 0.32}" fill="${fill("#8a1c24")}"/>` +
            circle(s * 0.07, "#ffe7a0", -w * 0.3, 0) +
            circle(s * 0.07, "#ffe7a0", w * 0.3, 0),
        )
      );
    case "statue":
      return shadow + circle(s * 0.42, "#8e8a84") + circle(s * 0.28, "#bdb8ae") + circle(s * 0.12, "#dcd8ce");
    case "pillar":
      return (
        shadow +
        circle(s * 0.4, "#7c766c") +
        circle(s * 0.3, "#a8a296", -s * 0.03, -s * 0.03, false) +
        (ink ? "" : circle(s * 0.12, "#c4beb0", -s * 0.09, -s * 0.09, false))
      );
    case "throne":
      return (
        shadow +
        g(
          box("#6a1418", 0.1) +
            `<rect x="${x + s * 0.2}" y="${y + s * 0.1}" width="${w - s * 0.4}" height="${h * 0.25}" fill="${fill("#d4af37")}"/>`,
        )
      );
    case "rack":
      return g(
        box("#5a4a3a", 0.15, 0.02) +
          lines(
            [0.3, 0.5, 0.7].map((k) => `M${x + w * k} ${y + s * 0.12}V${y + h - s * 0.12}`).join(""),
            ink ? line : "#c8c8cc",
            lw * 1.2,
          ),
      );
    case "bookshelf":
      return (
        shadow +
        g(
          box("#4a2e18", 0.05, 0.02) +
            Array.from(
              { length: 6 },
              (_, i) =>
                `<rect x="${x + s * (0.12 + i * 0.13)}" y="${y + s * 0.18}" width="${s * 0.1}" height="${h - s * 0.36}" fill="${fill(["#7a1c1c", "#1c4a7a", "#2a6a2a", "#8a6a1a", "#5a2a6a", "#7a3a1a"][i])}"/>`,
            ).join(""),
        )
      );
    case "well":
      return (
        shadow +
        circle(Math.min(w, h) * 0.42, "#7a746a") +
        circle(Math.min(w, h) * 0.28, ink ? "#9ab4c8" : "#1e3c5a") +
        lines(`M${x + w * 0.12} ${cy}H${x + w * 0.88}`, ink ? line : "#5a3a20", lw * 2)
      );
    case "fountain":
      return (
        shadow +
        circle(Math.min(w, h) * 0.46, "#a8a296") +
        circle(Math.min(w, h) * 0.36, ink ? "#cfe0ea" : "#4a86b0") +
        circle(Math.min(w, h) * 0.12, "#c8c2b4")
      );
    case "tree": {
      const r = Math.min(w, h) * 0.55;
      if (ink)
        return (
          `<circle cx="${cx}" cy="${cy}" r="${r}" fill="#f4ead2" stroke="${line}" stroke-width="${lw * 1.3}" stroke-dasharray="${s * 0.25} ${s * 0.05}"/>` +
          circle(r * 0.12, "#1e1a16")
        );
      const blobs = [
        [0, 0, 1],
        [-0.35, -0.2, 0.6],
        [0.3, -0.3, 0.55],
        [0.25, 0.3, 0.6],
        [-0.3, 0.3, 0.5],
      ];
      return (
        `<circle cx="${cx + s * 0.15}" cy="${cy + s * 0.2}" r="${r}" fill="#000" fill-opacity="0.3"/>` +
        blobs
          .map(
            ([dx, dy, k], i) =>
              `<circle cx="${cx + dx * r * 0.6}" cy="${cy + dy * r * 0.6}" r="${r * k * 0.75}" fill="${["#2f5a26", "#3a6c2e", "#447a34", "#35632a", "#4c8438"][i]}"/>`,
          )
          .join("") +
        `<circle cx="${cx - r * 0.2}" cy="${cy - r * 0.25}" r="${r * 0.3}" fill="#6a9c4a" fill-opacity="0.6"/>`
      );
    }
    case "bush":
      return ink
        ? circle(s * 0.3, "#f4ead2")
        : `<circle cx="${cx + s * 0.05}" cy="${cy + s * 0.08}" r="${s * 0.34}" fill="#000" fill-opacity="0.25"/>` +
            circle(s * 0.32, "#3c6a2c", 0, 0, false) +
            circle(s * 0.16, "#5a8a3e", -s * 0.08, -s * 0.08, false);
    case "rock":
    case "stalagmite": {
      const pts = [
        [0.15, 0.6],
        [0.3, 0.2],
        [0.65, 0.12],
        [0.9, 0.45],
        [0.75, 0.85],
        [0.35, 0.9],
      ]
        .map(([px, py]) => `${x + w * px},${y + h * py}`)
        .join(" ");
      if (o.kind === "stalagmite")
        return (
          shadow +
          circle(s * 0.34, "#6a625a") +
          circle(s * 0.2, "#8a8278", -s * 0.04, -s * 0.04, false) +
          circle(s * 0.07, "#b0a89c", -s * 0.06, -s * 0.06, false)
        );
      return (
        shadow +
        `<polygon points="${pts}" fill="${fill("#8a847a")}" stroke="${line}" stroke-width="${lw}"/>` +
        (ink
          ? ""
          : `<polygon points="${x + w * 0.32},${y + h * 0.3} ${x + w * 0.6},${y + h * 0.22} ${x + w * 0.55},${y + h * 0.5}" fill="#a8a296"/>`)
      );
    }
    case "campfire":
      return (
        circle(s * 0.4, "#5a4a3a") +
        lines(
          `M${cx - s * 0.3} ${cy - s * 0.2}L${cx + s * 0.3} ${cy + s * 0.2}M${cx - s * 0.3} ${cy + s * 0.2}L${cx + s * 0.3} ${cy - s * 0.2}`,
          "#4a2e16",
          lw * 3,
        ) +
        (ink ? "" : circle(s * 0.2, "#ff8a1a", 0, 0, false) + circle(s * 0.1, "#ffe27a", 0, 0, false))
      );
    case "tent":
      return (
        shadow +
        g(
          `<polygon points="${x + s * 0.1},${y + h - s * 0.1} ${cx},${y + s * 0.1} ${x + w - s * 0.1},${y + h - s * 0.1}" fill="${fill("#b89a6a")}" stroke="${line}" stroke-width="${lw}"/>` +
            lines(`M${cx} ${y + s * 0.1}V${y + h - s * 0.1}`),
        )
      );
    case "log":
      // A thin log is a rail (a bridge's side): drawn edge to edge.
      if (Math.min(o.w, o.h) < 0.5)
        return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${Math.min(w, h) / 2}" fill="${fill("#6a4424")}" stroke="${line}" stroke-width="${lw}"/>`;
      return shadow + g(box("#6a4a2a", 0.25, 0.3) + circle(s * 0.15, "#c8a070", w / 2 - s * 0.3, 0));
    case "fungus":
      return (
        circle(s * 0.16, ink ? "#f4ead2" : "#5fc8b8", -s * 0.1, 0) +
        circle(s * 0.12, ink ? "#f4ead2" : "#8fe0c0", s * 0.14, s * 0.1) +
        circle(s * 0.09, ink ? "#f4ead2" : "#4aa898", s * 0.05, -s * 0.18)
      );
    case "sarcophagus":
      return (
        shadow +
        g(
          box("#9a948a", 0.1, 0.15) +
            `<rect x="${x + s * 0.22}" y="${y + s * 0.22}" width="${w - s * 0.44}" height="${h - s * 0.44}" rx="${s * 0.12}" fill="${fill("#b8b2a6")}" stroke="${line}" stroke-width="${lw * 0.6}"/>`,
        )
      );
    case "cage":
      return g(
        `<rect x="${x + s * 0.1}" y="${y + s * 0.1}" width="${w - s * 0.2}" height="${h - s * 0.2}" fill="none" stroke="${ink ? line : "#4a4a4e"}" stroke-width="${lw * 1.5}"/>` +
          lines(
            [0.3, 0.5, 0.7].map((k) => `M${x + w * k} ${y + s * 0.1}V${y + h - s * 0.1}`).join(""),
            ink ? line : "#4a4a4e",
            lw,
          ),
      );
    case "rug":
      return (
        `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${ink ? "none" : "#7a1e24"}" fill-opacity="0.85" stroke="${ink ? line : "#d4a84a"}" stroke-width="${lw * 1.5}" stroke-dasharray="${ink ? `${s * 0.1} ${s * 0.08}` : "none"}"/>` +
        (ink
          ? ""
          : `<rect x="${x + s * 0.15}" y="${y + s * 0.15}" width="${Math.max(0, w - s * 0.3)}" height="${Math.max(0, h - s * 0.3)}" fill="none" stroke="#d4a84a" stroke-width="${lw}"/>`)
      );
    case "cart":
    case "wagon":
      return (
        shadow +
        g(
          box("#8a6a3a", 0.12, 0.04) +
            circle(s * 0.14, "#3a2a1a", -w / 2 + s * 0.15, -h / 2 + s * 0.3) +
            circle(s * 0.14, "#3a2a1a", w / 2 - s * 0.15, -h / 2 + s * 0.3) +
            lines(
              `M${x + w * 0.3} ${y + s * 0.15}V${y + h - s * 0.15}M${x + w * 0.6} ${y + s * 0.15}V${y + h - s * 0.15}`,
              ink ? line : "#5a4020",
            ),
        )
      );
    case "brazier":
      return (
        circle(s * 0.3, "#5a5550") +
        (ink
          ? circle(s * 0.14, "#1e1a16")
          : circle(s * 0.18, "#ff8a1a", 0, 0, false) + circle(s * 0.08, "#ffe27a", 0, 0, false))
      );
    case "bones":
      return (
        lines(
          `M${cx - s * 0.25} ${cy - s * 0.1}L${cx + s * 0.2} ${cy + s * 0.12}M${cx - s * 0.1} ${cy + s * 0.2}L${cx + s * 0.15} ${cy - s * 0.2}`,
          ink ? line : "#e8e0cc",
          lw * 2.5,
        ) + circle(s * 0.1, "#e8e0cc", s * 0.2, -s * 0.15)
      );
    case "anvil":
      return (
        shadow +
        g(
          `<polygon points="${x + w * 0.15},${y + h * 0.35} ${x + w * 0.85},${y + h * 0.35} ${x + w * 0.7},${y + h * 0.65} ${x + w * 0.3},${y + h * 0.65}" fill="${fill("#4a4a50")}" stroke="${line}" stroke-width="${lw}"/>`,
        )
      );
    default:
      return box("#888");
  }
}
