import {
  PIXELS_PER_SQUARE,
  RING_COLOR,
  SQUARES,
  type CreatureSize,
  type Disposition,
} from "@/lib/schemas/token-vocabulary";

export type PreviewLook = {
  disposition: Disposition;
  size: CreatureSize;
  zoom: number;
  offsetX: number;
  offsetY: number;
  background: string;
  ringWidth: number;
};

/**
 * The token drawn in the browser with the same geometry as lib/tokens/render-token.ts (ring
 * width as a fraction of the token, subject = inner disc × zoom, offset in fractions of the inner
 * disc), so what the sliders show is what sharp renders — without a round trip per slider move.
 */
export function TokenPreview({
  imageUrl,
  look,
  diameter = 224,
}: {
  imageUrl: string | null;
  look: PreviewLook;
  diameter?: number;
}) {
  const ring = Math.max(2, diameter * look.ringWidth);
  const inner = diameter - 2 * ring;
  const subject = inner * look.zoom;
  const left = (inner - subject) / 2 + look.offsetX * inner;
  const top = (inner - subject) / 2 + look.offsetY * inner;
  const squares = SQUARES[look.size];
  return (
    <figure
      className="flex flex-col items-center gap-3"
      data-testid="token-preview"
      data-zoom={look.zoom}
      data-disposition={look.disposition}
    >
      <div
        className="relative rounded-full shadow-[0_10px_40px_rgb(0_0_0/0.55)]"
        style={{
          width: diameter,
          height: diameter,
          background: `radial-gradient(circle, transparent 60%, ${RING_COLOR[look.disposition]}22 100%)`,
        }}
      >
        <div
          className="absolute overflow-hidden rounded-full"
          style={{
            left: ring,
            top: ring,
            width: inner,
            height: inner,
            background: look.background === "transparent" ? checkerboard : look.background,
          }}
        >
          {imageUrl ? (
            <img
              src={imageUrl}
              alt=""
              draggable={false}
              className="absolute max-w-none select-none object-cover"
              style={{ left, top, width: subject, height: subject }}
            />
          ) : (
            <Silhouette />
          )}
        </div>
        <div
          className="pointer-events-none absolute inset-0 rounded-full"
          style={{
            boxShadow: `inset 0 0 0 ${ring}px ${RING_COLOR[look.disposition]}, inset 0 0 0 ${ring + Math.max(1, ring / 4)}px rgb(0 0 0 / 0.45)`,
          }}
        />
      </div>
      <figcaption className="text-center text-xs text-fg-muted">
        {look.size.toLowerCase()} · {squares}×{squares} {squares === 1 ? "square" : "squares"} ·{" "}
        {Math.round(squares * PIXELS_PER_SQUARE)} px
      </figcaption>
    </figure>
  );
}

const checkerboard = "repeating-conic-gradient(#2a2f3a 0% 25%, #1b1f27 0% 50%) 50% / 16px 16px";

/** Stands in for the subject until there is a picture (a description is drawn on "Make token"). */
function Silhouette() {
  return (
    <svg viewBox="0 0 100 100" className="absolute inset-0 h-full w-full text-white/25" aria-hidden>
      <circle cx="50" cy="38" r="17" fill="currentColor" />
      <path d="M18 96c2-22 15-34 32-34s30 12 32 34z" fill="currentColor" />
    </svg>
  );
}
