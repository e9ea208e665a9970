import { has, type CreatureContext } from "./context";
import { line, shape } from "./paint";

/**
 * What a monstrous humanoid carries, read from the request's words (a morningstar, a bow, an axe,
 * a spear, a sword), drawn behind the shoulders on one side. Without a weapon word each kind gets
 * its usual one (goblins a short bow or a scimitar, orcs an axe) from the seed.
 */
export function weaponSvg(ctx: CreatureContext, side: "left" | "right"): string {
  const flip = side === "right" ? `transform="translate(1000 0) scale(-1 1)"` : "";
  const pick = has(ctx, "morningstar|morning star|flail|mace")
    ? "morningstar"
    : has(ctx, "bow|archer|bowman|longbow|shortbow")
      ? "bow"
      : has(ctx, "axe|greataxe|battleaxe")
        ? "axe"
        : has(ctx, "spear|pike|javelin|trident")
          ? "spear"
          : has(ctx, "sword|scimitar|blade|longsword|greatsword")
            ? "sword"
            : ctx.rng.pick(["sword", "axe", "spear"] as const);
  return `<g ${flip}>${WEAPONS[pick]}</g>`;
}

const WEAPONS = {
  morningstar:
    line("M250 980 L150 330", "#5a3a1e", 22) +
    `<circle cx="145" cy="290" r="62" fill="#6f747a" stroke="#1c1c20" stroke-width="6"/>` +
    shape(
      "M145 200 L160 232 L130 232Z M235 290 L203 305 L203 275Z M55 290 L87 275 L87 305Z M145 380 L130 348 L160 348Z M80 225 L112 240 L95 258Z M210 225 L195 258 L178 240Z",
      "#c8ccd2",
      "#1c1c20",
      3,
    ),
  bow:
    line("M230 160 Q60 500 230 860", "#6a4420", 18) +
    line("M230 160 L230 860", "#e8dcc0", 3) +
    shape("M700 980 L760 560 L830 570 L790 980Z", "#5a3a1e", "#1e120a", 5) +
    line("M770 560 L760 470 M795 565 L800 470 M815 568 L830 480", "#6a4420", 6) +
    shape(
      "M745 470 L760 440 L775 470Z M785 470 L800 440 L815 470Z M820 480 L832 448 L846 482Z",
      "#e8e2d0",
      "#3a3a3a",
      3,
    ),
  axe:
    line("M260 990 L170 260", "#5a3a1e", 24) +
    shape("M170 270 Q40 250 30 380 Q110 350 190 400Z", "#8d949c", "#1c1c20", 6) +
    shape("M172 300 Q260 300 285 240 Q240 250 180 260Z", "#8d949c", "#1c1c20", 5),
  spear:
    line("M250 990 L150 200", "#5a3a1e", 18) +
    shape("M150 200 L118 110 L146 40 L178 108Z", "#b8bec6", "#1c1c20", 5) +
    line("M140 230 L165 225", "#7a1a14", 10),
  sword:
    shape("M240 900 L160 300 L150 230 L190 290 L270 890Z", "#c0c6ce", "#1c1c20", 5) +
    line("M200 905 L320 890", "#5a3a1e", 20) +
    line("M250 900 L262 980", "#3a2414", 20),
} as const;
