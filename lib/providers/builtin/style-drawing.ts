/**
 * How each art style draws, before any pixel treatment: its line weight, its shading method, its
 * palette and what it does to the background. The layers are the same shapes for every style (so
 * a character stays recognisable); this rewrites how they are inked and shaded:
 * - illustrated: the shapes as composed (gradient shading, medium outlines);
 * - ink: heavy ink outlines on every shape, flat paper-grey fills, cross-hatching on the shadow
 *   side, the background a faint sketch on parchment;
 * - anime: cel shading (gradients flattened to one tone, a hard-edged shadow), bold clean
 *   outlines, a light burst behind the figure;
 * - painterly: thin, round-capped lines, a soft warm glaze, the background washed and vignetted;
 * - realistic: almost no outlines, soft volumetric key light and falloff, a dark vignette.
 * The shade layer is laid only over the figure's own pixels (lib/images composes it "atop").
 */
import type { StyleKey } from "./lexicon";
import { r1 } from "./palette";

export type StyledLayers = { backdrop: string; figure?: string; shade?: string };

type Treatment = {
  /** Multiplies every stroke width already drawn. */
  lineWeight: number;
  /** Outlines added to shapes drawn without one (width in thousandths of the short side). */
  outline?: { colour: string; width: number };
  /** Gradients become their middle stop: flat, cel-like tones. */
  flatten: boolean;
  /** Fill colours mapped to grey levels of this many steps (ink's limited palette). */
  greyLevels?: number;
};

const TREATMENTS: Record<StyleKey, Treatment> = {
  illustrated: { lineWeight: 1, flatten: false },
  ink: { lineWeight: 2.2, outline: { colour: "#1b140e", width: 4.5 }, flatten: true, greyLevels: 4 },
  anime: { lineWeight: 2, outline: { colour: "#2a1f2e", width: 7 }, flatten: true },
  painterly: { lineWeight: 0.55, flatten: false },
  realistic: { lineWeight: 0.2, flatten: false },
};

/** Shapes drawn without an outline, less those still filled by a fading gradient (glows have no edge). */
const SHAPE_WITHOUT_STROKE = /<(path|ellipse|circle|rect|polygon)\b(?![^>]*\b(?:stroke=|fill="url\())/g;

function scaleStrokes(svg: string, factor: number): string {
  if (factor === 1) return svg;
  return svg.replace(/stroke-width="([\d.]+)"/g, (_, width: string) => `stroke-width="${r1(Number(width) * factor)}"`);
}

/**
 * Each opaque gradient id → its middle stop's colour (what a cel painter would pick). Gradients
 * that fade (glows, vignettes, mist) are light rather than form and stay as they are.
 */
function flattenGradients(svg: string): string {
  const colours = new Map<string, string>();
  for (const match of svg.matchAll(/<(linear|radial)Gradient\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/\1Gradient>/g)) {
    const stops = [...match[3].matchAll(/stop-color="([^"]+)"/g)].map((stop) => stop[1]);
    if (stops.length > 0 && !match[3].includes("stop-opacity"))
      colours.set(match[2], stops[Math.floor((stops.length - 1) / 2)]);
  }
  return svg.replace(/(fill|stroke)="url\(#([^)]+)\)"/g, (whole, attribute: string, id: string) =>
    colours.has(id) ? `${attribute}="${colours.get(id)}"` : whole,
  );
}

/** #rrggbb fills to a few grey levels of warm paper and ink. */
function greyFills(svg: string, levels: number): string {
  return svg.replace(/fill="#([0-9a-fA-F]{6})"/g, (_, hex: string) => {
    const [r, g, b] = [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16));
    const luminance = (0.299 * r + 0.587 * g + 0.114 * b) / 255;
    const step = Math.round(luminance * (levels - 1)) / (levels - 1);
    const tone = (paper: number) =>
      Math.round(24 + step * (paper - 24))
        .toString(16)
        .padStart(2, "0");
    return `fill="#${tone(244)}${tone(232)}${tone(204)}"`;
  });
}

function outline(svg: string, colour: string, width: number): string {
  return svg.replace(
    SHAPE_WITHOUT_STROKE,
    (tag) => `${tag} stroke="${colour}" stroke-width="${r1(width)}" stroke-linejoin="round"`,
  );
}

function drawShapes(svg: string, treatment: Treatment, unit: number): string {
  let out = scaleStrokes(svg, treatment.lineWeight);
  if (treatment.flatten) out = flattenGradients(out);
  if (treatment.greyLevels) out = greyFills(out, treatment.greyLevels);
  if (treatment.outline) out = outline(out, treatment.outline.colour, treatment.outline.width * unit);
  return out;
}

/** A fixed pseudo-random number in [0, 1) for an index: placement without an RNG to thread through. */
const hash01 = (index: number) => {
  const x = Math.sin(index * 12.9898 + 78.233) * 43758.5453;
  return x - Math.floor(x);
};

const svgOpen = (W: number, H: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`;

/** The backdrop's own treatment, drawn over (or under) the composed backdrop. */
function backdropFor(style: StyleKey, backdrop: string, W: number, H: number, behindFigure: boolean): string {
  const inner = backdrop.replace(/^[\s\S]*?<svg\b[^>]*>/, "").replace(/<\/svg>\s*$/, "");
  const u = Math.min(W, H) / 1000;
  switch (style) {
    case "ink": {
      // A faint sketch of the setting on parchment, ruled with horizontal hatching.
      const lines = Array.from({ length: Math.ceil(H / (14 * u)) }, (_, i) => `M0 ${r1(i * 14 * u)} H${W}`).join(" ");
      // Behind a figure the setting is a faint sketch; a scene is the drawing itself, fully inked.
      return (
        `${svgOpen(W, H)}<rect width="${W}" height="${H}" fill="#efe3c6"/><g opacity="${behindFigure ? 0.32 : 1}">${drawShapes(inner, TREATMENTS.ink, u)}</g>` +
        `<path d="${lines}" stroke="#3a2c1c" stroke-opacity="0.16" stroke-width="${r1(1.4 * u)}"/></svg>`
      );
    }
    case "anime": {
      // A scene has no figure to burst from: its shapes get the clean cel outlines instead.
      if (!behindFigure) return `${svgOpen(W, H)}${drawShapes(inner, TREATMENTS.anime, u)}</svg>`;
      // A burst of light rays from behind the figure's head, over the setting.
      const rays = Array.from({ length: 24 }, (_, i) => {
        const a = (i / 24) * Math.PI * 2;
        const b = a + Math.PI / 48;
        const [cx, cy, R] = [W / 2, H * 0.38, Math.max(W, H)];
        return `M${r1(cx)} ${r1(cy)} L${r1(cx + Math.cos(a) * R)} ${r1(cy + Math.sin(a) * R)} L${r1(cx + Math.cos(b) * R)} ${r1(cy + Math.sin(b) * R)}Z`;
      }).join(" ");
      return `${svgOpen(W, H)}${inner}<path d="${rays}" fill="#fff8e8" fill-opacity="0.62"/></svg>`;
    }
    case "painterly": {
      // Loose brush dabs over the setting, laid at fixed places (the picture stays deterministic).
      const dabs = Array.from({ length: 140 }, (_, i) => {
        const [x, y, turn] = [hash01(i * 3), hash01(i * 3 + 1), hash01(i * 3 + 2)];
        const tone = i % 2 === 0 ? "#fff1d6" : "#3b2616";
        return `<ellipse cx="${r1(x * W)}" cy="${r1(y * H)}" rx="${r1(34 * u)}" ry="${r1(9 * u)}" transform="rotate(${Math.round(turn * 180)} ${r1(x * W)} ${r1(y * H)})" fill="${tone}" fill-opacity="0.3"/>`;
      }).join("");
      return (
        `${svgOpen(W, H)}<defs><radialGradient id="st-wash" cx="0.5" cy="0.45" r="0.7"><stop offset="0.5" stop-color="#f6e7c8" stop-opacity="0"/><stop offset="1" stop-color="#6b4a2a" stop-opacity="0.55"/></radialGradient></defs>` +
        `${inner}${dabs}<rect width="${W}" height="${H}" fill="#f2dfb8" fill-opacity="0.18"/><rect width="${W}" height="${H}" fill="url(#st-wash)"/></svg>`
      );
    }
    case "realistic":
      return (
        `${svgOpen(W, H)}<defs><radialGradient id="st-vignette" cx="0.5" cy="0.42" r="0.72"><stop offset="0.45" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.62"/></radialGradient></defs>` +
        `${inner}<rect width="${W}" height="${H}" fill="url(#st-vignette)"/></svg>`
      );
    default:
      return backdrop;
  }
}

/** The shading laid over the figure's pixels only: how the style models light. */
function shadeFor(style: StyleKey, W: number, H: number): string | undefined {
  const u = Math.min(W, H) / 1000;
  switch (style) {
    case "ink": {
      // Cross-hatching on the shadow side (right and below), denser towards the edge.
      const step = 11 * u;
      const hatch = Array.from(
        { length: Math.ceil((W + H) / step) },
        (_, i) => `M${r1(i * step)} 0 L${r1(i * step - H)} ${H}`,
      ).join(" ");
      const cross = Array.from(
        { length: Math.ceil((W + H) / (step * 1.6)) },
        (_, i) => `M${r1(i * step * 1.6 - H)} 0 L${r1(i * step * 1.6)} ${H}`,
      ).join(" ");
      return (
        `${svgOpen(W, H)}<defs><linearGradient id="st-side" x1="0" y1="0" x2="1" y2="0.4"><stop offset="0.45" stop-color="#fff" stop-opacity="0"/><stop offset="0.75" stop-color="#fff" stop-opacity="1"/></linearGradient>` +
        `<mask id="st-shadow"><rect width="${W}" height="${H}" fill="url(#st-side)"/></mask></defs>` +
        `<g mask="url(#st-shadow)" stroke="#1b140e" stroke-width="${r1(1.8 * u)}" stroke-opacity="0.75"><path d="${hatch}"/><path d="${cross}" stroke-opacity="0.5"/></g></svg>`
      );
    }
    case "anime":
      // One hard-edged cel shadow: a flat cool tone over the far side, no gradient.
      // and a hard rim highlight on the near side: two tones plus a light, the way cels are painted.
      return (
        `${svgOpen(W, H)}<path d="M${r1(W * 0.6)} 0 L${W} 0 L${W} ${H} L${r1(W * 0.48)} ${H} Q${r1(W * 0.66)} ${r1(H * 0.5)} ${r1(W * 0.6)} 0Z" fill="#2b2a5c" fill-opacity="0.38"/>` +
        `<path d="M0 0 L${r1(W * 0.3)} 0 Q${r1(W * 0.24)} ${r1(H * 0.5)} ${r1(W * 0.36)} ${H} L0 ${H}Z" fill="#fffbe8" fill-opacity="0.3"/></svg>`
      );
    case "painterly":
      return `${svgOpen(W, H)}<defs><linearGradient id="st-glaze" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#ffd9a0" stop-opacity="0.22"/><stop offset="1" stop-color="#5a2e1a" stop-opacity="0.28"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#st-glaze)"/></svg>`;
    case "realistic":
      // A key light high on the left, falling off into a soft core shadow on the right.
      return `${svgOpen(W, H)}<defs><radialGradient id="st-key" cx="0.34" cy="0.28" r="0.8"><stop offset="0" stop-color="#fff6e6" stop-opacity="0.3"/><stop offset="0.45" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.5"/></radialGradient></defs><rect width="${W}" height="${H}" fill="url(#st-key)"/></svg>`;
    default:
      return undefined;
  }
}

/** The layers redrawn in the style; the frame and label are not part of them and stay untouched. */
export function drawInStyle(
  layers: { backdrop: string; figure?: string },
  style: StyleKey,
  W: number,
  H: number,
): StyledLayers {
  const unit = Math.min(W, H) / 1000;
  const figure = layers.figure ? drawShapes(layers.figure, TREATMENTS[style], unit) : undefined;
  return {
    backdrop: backdropFor(style, layers.backdrop, W, H, figure !== undefined),
    figure,
    shade: figure ? shadeFor(style, W, H) : undefined,
  };
}
