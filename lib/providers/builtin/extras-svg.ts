/**
 * Features named in free text that sit on top of the finished bust, in Lorelei's 980-unit space:
 * brass goggles over the eyes (strap to the ears), a mechanical arm on the near shoulder (riveted
 * plates, a gear, a piston), and a companion perched on the far shoulder (raven, owl or cat).
 */
import { HEAD } from "./avatar";
import { ink, type Frame } from "./body-frame";
import { shade } from "./palette";
import type { Look } from "./traits";

function goggles(): string {
  const { leftEye, rightEye, ear } = HEAD;
  const brass = "#c89a3a";
  const lens = (x: number, y: number) =>
    `<circle cx="${x}" cy="${y}" r="74" fill="${brass}" ${ink(8)}/><circle cx="${x}" cy="${y}" r="54" fill="#6ab0c8" opacity="0.75"/>` +
    `<circle cx="${x - 18}" cy="${y - 18}" r="14" fill="#fff" opacity="0.7"/>` +
    [0, 60, 120, 180, 240, 300]
      .map(
        (a) =>
          `<circle cx="${Math.round(x + Math.cos((a * Math.PI) / 180) * 64)}" cy="${Math.round(y + Math.sin((a * Math.PI) / 180) * 64)}" r="5" fill="${shade(brass, -0.5)}"/>`,
      )
      .join("");
  return (
    `<path d="M${ear.x - 20} ${ear.y - 80} Q${leftEye.x - 120} ${leftEye.y - 10} ${leftEye.x - 74} ${leftEye.y} M${rightEye.x + 74} ${rightEye.y} Q${rightEye.x + 150} ${rightEye.y - 20} 800 ${rightEye.y - 40}" stroke="#3a2414" stroke-width="28" fill="none"/>` +
    `<path d="M${leftEye.x + 70} ${leftEye.y - 4} L${rightEye.x - 70} ${rightEye.y + 2}" stroke="${brass}" stroke-width="18" stroke-linecap="round"/>` +
    lens(leftEye.x, leftEye.y) +
    lens(rightEye.x, rightEye.y)
  );
}

function prosthetic(frame: Frame): string {
  const x = frame.cx + frame.sw - 30;
  const y = frame.shoulderY - 30;
  const steel = "#9aa2ac";
  const plates = [0, 1, 2, 3]
    .map(
      (i) =>
        `<rect x="${x - 40 + i * 6}" y="${y + 60 + i * 190}" width="200" height="170" rx="26" fill="${i % 2 ? shade(steel, -0.12) : steel}" ${ink(8)}/>`,
    )
    .join("");
  const rivets = [0, 1, 2, 3]
    .flatMap((i) =>
      [20, 150].map((dx) => `<circle cx="${x - 40 + i * 6 + dx}" cy="${y + 80 + i * 190}" r="9" fill="#5a5f66"/>`),
    )
    .join("");
  const gear =
    `<circle cx="${x + 60}" cy="${y + 40}" r="92" fill="#c89a3a" ${ink(8)}/><circle cx="${x + 60}" cy="${y + 40}" r="34" fill="#5a3a14"/>` +
    [0, 45, 90, 135, 180, 225, 270, 315]
      .map(
        (a) =>
          `<rect x="${x + 48}" y="${y - 72}" width="24" height="34" fill="#c89a3a" ${ink(5)} transform="rotate(${a} ${x + 60} ${y + 40})"/>`,
      )
      .join("");
  return `<g>${plates}${rivets}<path d="M${x + 170} ${y + 120} L${x + 180} ${y + 700}" stroke="#5a5f66" stroke-width="22"/>${gear}</g>`;
}

function companion(kind: "raven" | "owl" | "cat", frame: Frame): string {
  const x = frame.cx - frame.sw + 40;
  const y = frame.shoulderY - 40;
  if (kind === "raven") {
    return (
      `<g transform="translate(${x} ${y})"><path d="M-40 0 Q-60 -120 10 -170 Q60 -200 90 -160 L150 -150 L95 -130 Q110 -60 80 0 L120 90 L40 30 Z" fill="#15131a" ${ink(6)}/>` +
      `<path d="M-30 -20 Q-120 40 -150 120 Q-60 80 20 20Z" fill="#201c28" ${ink(5)}/><circle cx="60" cy="-150" r="10" fill="#e8c040"/></g>`
    );
  }
  if (kind === "owl") {
    return (
      `<g transform="translate(${x} ${y})"><ellipse cx="20" cy="-90" rx="95" ry="120" fill="#8a6a4a" ${ink(6)}/><path d="M-50 -200 L-30 -160 L-10 -195Z M50 -195 L70 -160 L90 -200Z" fill="#8a6a4a" ${ink(5)}/>` +
      `<circle cx="-15" cy="-130" r="32" fill="#f2d060" ${ink(5)}/><circle cx="55" cy="-130" r="32" fill="#f2d060" ${ink(5)}/><circle cx="-15" cy="-130" r="13" fill="#111"/><circle cx="55" cy="-130" r="13" fill="#111"/><path d="M10 -110 L20 -85 L30 -110Z" fill="#3a2a14"/></g>`
    );
  }
  return (
    `<g transform="translate(${x} ${y})"><ellipse cx="20" cy="-40" rx="110" ry="70" fill="#3a3a40" ${ink(6)}/><circle cx="90" cy="-110" r="60" fill="#3a3a40" ${ink(6)}/>` +
    `<path d="M50 -160 L60 -210 L85 -165Z M105 -165 L130 -205 L135 -150Z" fill="#3a3a40" ${ink(5)}/><circle cx="75" cy="-115" r="9" fill="#9ad860"/><circle cx="110" cy="-115" r="9" fill="#9ad860"/></g>`
  );
}

/** Drawn over the head (goggles) and in front of the bust (arm, companion). */
export function extrasSvg(look: Look, frame: Frame): { face: string; front: string } {
  return {
    face: look.marks.goggles ? goggles() : "",
    front:
      (look.marks.prosthetic ? prosthetic(frame) : "") +
      (look.marks.companion ? companion(look.marks.companion, frame) : ""),
  };
}
