/**
 * What each race and class looks like to the built-in engine. These are art-direction choices,
 * kept as data so that tuning a colour never means touching drawing code.
 */
import type { ClassKey, RaceKey, SettingKey, WeaponKey } from "./lexicon";

export type EarShape = "round" | "elf" | "long-elf" | "half-elf" | "gnome" | "firbolg";
export type HornShape = "none" | "tiefling" | "dragon" | "ram";

export type RaceLook = {
  skins: readonly string[];
  hairs: readonly string[];
  ears: EarShape;
  horns: HornShape;
  tusks?: boolean;
  scales?: boolean;
  /** Probability of a beard for a male character (others get a fraction of it). */
  beard: number;
  freckles?: number;
  /** Shoulder width added to the build, for stocky peoples. */
  breadth?: number;
  eyes?: readonly string[];
  halo?: boolean;
  /** Hair drawn as a crest in a darker skin tone rather than as hair. */
  crest?: boolean;
};

const HUMAN_SKINS = ["#f4d7be", "#e8bd98", "#d29b74", "#b47a53", "#8d5a3b", "#63402a"];
const NATURAL_HAIR = ["#2b1d16", "#4a2e1c", "#6b3e26", "#8a4b2a", "#b5652f", "#d9b26a", "#1c1a1f"];

export const RACE_LOOKS: Readonly<Record<RaceKey, RaceLook>> = {
  human: { skins: HUMAN_SKINS, hairs: NATURAL_HAIR, ears: "round", horns: "none", beard: 0.45, freckles: 0.15 },
  "high-elf": {
    skins: ["#f6e2cf", "#efd3bc", "#e4c3a6"],
    hairs: ["#f2e3b3", "#d9c08a", "#e6e6ee", "#2b1d16", "#9a4f2c"],
    ears: "long-elf",
    horns: "none",
    beard: 0,
    eyes: ["#3c8f7a", "#4a78b8", "#8a6ad0"],
  },
  "wood-elf": {
    skins: ["#d9ab82", "#b98560", "#c99a70", "#9c6b48"],
    hairs: ["#6b3e26", "#8a4b2a", "#3a2a1a", "#b5652f", "#c49a5a"],
    ears: "elf",
    horns: "none",
    beard: 0,
    freckles: 0.3,
    eyes: ["#3f7a3a", "#8a6a2a"],
  },
  "dark-elf": {
    skins: ["#5f5876", "#4d4862", "#6d6290", "#3f3a52"],
    hairs: ["#f0f0f6", "#d8d8e6", "#c4bfd8"],
    ears: "long-elf",
    horns: "none",
    beard: 0,
    eyes: ["#d23a3a", "#c8a0f0"],
  },
  "half-elf": {
    skins: HUMAN_SKINS.slice(0, 5),
    hairs: NATURAL_HAIR,
    ears: "half-elf",
    horns: "none",
    beard: 0.25,
    freckles: 0.2,
  },
  orc: {
    skins: ["#7f9b5a", "#6b8a4e", "#8aa06a", "#77876a"],
    hairs: ["#1c1a1f", "#2b1d16", "#3a3a3a"],
    ears: "half-elf",
    horns: "none",
    tusks: true,
    beard: 0.3,
    breadth: 0.1,
  },
  "half-orc": {
    skins: ["#9aab7e", "#a3a98a", "#8f9c74", "#b0a890"],
    hairs: ["#1c1a1f", "#2b1d16", "#4a2e1c"],
    ears: "half-elf",
    horns: "none",
    tusks: true,
    beard: 0.35,
    breadth: 0.06,
  },
  dwarf: {
    skins: ["#ecc1a0", "#dca37f", "#c98a66", "#a8724f"],
    hairs: ["#8a3a1e", "#5a3220", "#2b1d16", "#b0652a", "#c9a062"],
    ears: "round",
    horns: "none",
    beard: 1,
    freckles: 0.2,
    breadth: 0.14,
  },
  halfling: {
    skins: ["#f0c9a5", "#dcae86", "#c08c64", "#9c6b48"],
    hairs: ["#6b3e26", "#8a4b2a", "#4a2e1c", "#c49a5a"],
    ears: "half-elf",
    horns: "none",
    beard: 0.1,
    freckles: 0.6,
  },
  "rock-gnome": {
    skins: ["#f1cdb0", "#e3b694", "#cf9f7d"],
    hairs: ["#e6e6e6", "#c85a2a", "#d9a441", "#7a4a9a"],
    ears: "gnome",
    horns: "none",
    beard: 0.5,
    freckles: 0.4,
  },
  "forest-gnome": {
    skins: ["#d9b08c", "#c49a74", "#b08462"],
    hairs: ["#5a7a3a", "#8a4b2a", "#3b2a1a", "#c8a04a"],
    ears: "gnome",
    horns: "none",
    beard: 0.4,
    freckles: 0.5,
  },
  dragonborn: {
    skins: ["#b5463a", "#3f6fa8", "#4f8a4a", "#c79a3a", "#a9b2bd", "#a5713a", "#4a4650", "#b0643a"],
    hairs: [],
    ears: "round",
    horns: "dragon",
    scales: true,
    beard: 0,
    crest: true,
    breadth: 0.12,
    eyes: ["#e0b030", "#d05030"],
  },
  tiefling: {
    skins: ["#b8433f", "#a23a4a", "#7d3d7a", "#5b4a8a", "#c0605a", "#8a3a5a"],
    hairs: ["#1f1a22", "#3a1f3f", "#5a1a2a", "#2b2b4a"],
    ears: "elf",
    horns: "tiefling",
    beard: 0.2,
    eyes: ["#f0c040", "#f06040"],
  },
  aasimar: {
    skins: ["#f6e2cf", "#e9cfb0", "#c79a74", "#8d5a3b"],
    hairs: ["#f4e6b8", "#f6f4ee", "#e8c66a"],
    ears: "round",
    horns: "none",
    beard: 0.2,
    halo: true,
    eyes: ["#e8c040"],
  },
  goliath: {
    skins: ["#9aa0a8", "#8a9098", "#a8a3a0"],
    hairs: ["#2b2b2f", "#4a4a4f"],
    ears: "round",
    horns: "none",
    beard: 0.2,
    breadth: 0.16,
  },
  genasi: {
    skins: ["#c9573a", "#4a8ab0", "#a8c8e0", "#8a6a48"],
    hairs: ["#f08a2a", "#2a6a9a", "#e8f0f8", "#4a3a2a"],
    ears: "round",
    horns: "none",
    beard: 0.1,
    eyes: ["#f0e070", "#a0e0ff"],
  },
  firbolg: {
    skins: ["#8fa9c4", "#9bb0a8", "#a9a2c4"],
    hairs: ["#c46a3a", "#6b3e26", "#d8c8a8"],
    ears: "firbolg",
    horns: "none",
    beard: 0.7,
    breadth: 0.12,
  },
};

export type OutfitKind =
  "robe" | "plate" | "leather" | "fur" | "vestment" | "doublet" | "mantle" | "gi" | "cloak" | "apron";

export type ClassLook = {
  outfit: OutfitKind;
  bases: readonly string[];
  trims: readonly string[];
  weapon: WeaponKey;
  settings: readonly SettingKey[];
  /** Colour of magic, glows and the emblem. */
  magic: string;
  hood?: number;
};

export const CLASS_LOOKS: Readonly<Record<ClassKey, ClassLook>> = {
  barbarian: {
    outfit: "fur",
    bases: ["#6b4526", "#5a3a22", "#7a4a2a"],
    trims: ["#a3262a", "#c9a23a"],
    weapon: "axe",
    settings: ["mountain", "snow", "forest"],
    magic: "#e0703a",
  },
  bard: {
    outfit: "doublet",
    bases: ["#8e1b2c", "#2d4f8e", "#5b2d82", "#1f6e6a", "#b06a2a"],
    trims: ["#c9a23a", "#e8e4da"],
    weapon: "lute",
    settings: ["tavern", "city", "castle"],
    magic: "#f0c060",
  },
  cleric: {
    outfit: "vestment",
    bases: ["#e8e4da", "#efe6cf", "#d8dce8"],
    trims: ["#c9a23a", "#2d4f8e", "#8e1b2c"],
    weapon: "mace",
    settings: ["temple", "castle"],
    magic: "#ffd870",
  },
  druid: {
    outfit: "mantle",
    bases: ["#3f5a2a", "#5c6131", "#6b4a2a"],
    trims: ["#a8c060", "#c49a5a"],
    weapon: "staff",
    settings: ["forest", "meadow", "swamp"],
    magic: "#8fe07a",
    hood: 0.3,
  },
  fighter: {
    outfit: "plate",
    bases: ["#8e97a3", "#7c838e", "#9aa1ab"],
    trims: ["#a3262a", "#2d4f8e", "#2f6b3a", "#c9a23a"],
    weapon: "sword",
    settings: ["castle", "mountain", "meadow"],
    magic: "#f0d090",
  },
  monk: {
    outfit: "gi",
    bases: ["#c8782a", "#8e3a2a", "#3a4a6a", "#e0d8c0"],
    trims: ["#e8e4da", "#c9a23a", "#2a2630"],
    weapon: "none",
    settings: ["temple", "mountain"],
    magic: "#a0d8ff",
  },
  paladin: {
    outfit: "plate",
    bases: ["#c4c9d1", "#d8d2c0", "#b8bcc4"],
    trims: ["#c9a23a", "#e8e4da", "#2d4f8e"],
    weapon: "greatsword",
    settings: ["temple", "castle", "meadow"],
    magic: "#ffe08a",
  },
  ranger: {
    outfit: "cloak",
    bases: ["#2f4a2a", "#3f5a34", "#5a4a32"],
    trims: ["#8a6a3a", "#c49a5a"],
    weapon: "bow",
    settings: ["forest", "mountain", "meadow"],
    magic: "#a0e070",
    hood: 0.6,
  },
  rogue: {
    outfit: "leather",
    bases: ["#2a2630", "#3a2f2a", "#23262e"],
    trims: ["#6b4526", "#8e1b2c", "#5a6070"],
    weapon: "dagger",
    settings: ["city", "night", "dungeon"],
    magic: "#b0b8d0",
    hood: 0.7,
  },
  sorcerer: {
    outfit: "robe",
    bases: ["#8e1b2c", "#5b2d82", "#1d2a4f", "#1f6e6a"],
    trims: ["#c9a23a", "#e8e4da"],
    weapon: "orb",
    settings: ["arcane", "night", "castle"],
    magic: "#ff8a5a",
  },
  warlock: {
    outfit: "robe",
    bases: ["#232127", "#2a1f33", "#1f2a26"],
    trims: ["#6e3fa0", "#2f9c95", "#8e1b2c"],
    weapon: "tome",
    settings: ["night", "arcane", "swamp", "dungeon"],
    magic: "#a86cff",
    hood: 0.4,
  },
  wizard: {
    outfit: "robe",
    bases: ["#2d4f8e", "#35307a", "#5b2d82", "#6d6d73"],
    trims: ["#c9a23a", "#b8bcc4"],
    weapon: "staff",
    settings: ["library", "arcane", "night"],
    magic: "#7ac8ff",
  },
  artificer: {
    outfit: "apron",
    bases: ["#6b4526", "#5a3a22"],
    trims: ["#b0643a", "#9c6b30"],
    weapon: "hammer",
    settings: ["tavern", "city", "library"],
    magic: "#5ad0e0",
  },
};
