// The live preview follows the sliders with the renderer's geometry, and the maker sends the look.
import { fireEvent, render, screen } from "@testing-library/react";
import { TokenPreview } from "@/components/tokens/token-preview";
import { DEFAULT_LOOK, TokenStyleFields, type TokenLook } from "@/components/tokens/token-style-fields";

test("zoom, offset and ring follow the renderer's geometry", () => {
  const look = {
    ...DEFAULT_LOOK,
    disposition: "HOSTILE" as const,
    zoom: 2,
    offsetX: 0.25,
    ringWidth: 0.05,
    size: "HUGE" as const,
  };
  const { container } = render(<TokenPreview imageUrl="/api/images/x/file" look={look} diameter={200} />);
  const img = container.querySelector("img")!;
  // ring 10 px, inner 180 px, subject 360 px, left = (180 - 360) / 2 + 0.25 × 180 = -45
  expect(img.style.width).toBe("360px");
  expect(img.style.left).toBe("-45px");
  const ring = container.querySelector(".pointer-events-none") as HTMLElement;
  expect(ring.style.boxShadow).toContain("#e0393e"); // hostile red
  expect(screen.getByText(/huge · 3×3 squares · 768 px/)).toBeInTheDocument();
});

test("without a picture a silhouette stands in", () => {
  const { container } = render(<TokenPreview imageUrl={null} look={DEFAULT_LOOK} />);
  expect(container.querySelector("img")).toBeNull();
  expect(container.querySelector("svg")).not.toBeNull();
});

test("style fields report disposition, size and zoom changes", () => {
  const seen: TokenLook[] = [];
  render(<TokenStyleFields look={DEFAULT_LOOK} onChange={(look) => seen.push(look)} />);
  fireEvent.click(screen.getByLabelText("Player character"));
  fireEvent.change(screen.getByLabelText("Creature size"), { target: { value: "GARGANTUAN" } });
  fireEvent.change(screen.getByLabelText("Zoom"), { target: { value: "1.5" } });
  expect(seen.map((l) => [l.disposition, l.size, l.zoom])).toEqual([
    ["PC", "MEDIUM", 1],
    ["NEUTRAL", "GARGANTUAN", 1],
    ["NEUTRAL", "MEDIUM", 1.5],
  ]);
});
