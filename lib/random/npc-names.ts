import type { Rng } from "@/lib/rng";
import type { NpcRace } from "@/lib/schemas/random-vocabulary";

/**
 * Per-race name parts in the spirit of the Player's Handbook name lists, so an elf is not called
 * "Grumbar" and a half-orc not "Lia". A name is a first part + an ending, plus a family or clan
 * name where the race uses one.
 */
type NameParts = {
  starts: readonly string[];
  ends: readonly string[];
  family?: readonly string[];
  familyLabel?: string;
};

const NAME_PARTS: Record<NpcRace, NameParts> = {
  human: {
    starts: ["Ald", "Bran", "Cor", "Ed", "Gar", "Hal", "Mar", "Ros", "Ter", "Wil", "Ev", "Jor"],
    ends: ["ric", "wyn", "a", "en", "ett", "an", "ine", "ton", "ia", "old"],
    family: ["Brightwood", "Ashford", "Dundragon", "Greycastle", "Marsk", "Tallstag", "Windrivver", "Helder"],
  },
  elf: {
    starts: ["Ae", "Aru", "Cael", "Ery", "Gal", "Ila", "Mia", "Quel", "Sael", "Thia", "Vae", "Lia"],
    ends: ["lith", "ndril", "rael", "thas", "wyn", "riel", "nor", "lanna", "andil", "siel"],
    family: ["Amakiir", "Galanodel", "Holimion", "Liadon", "Meliamne", "Nailo", "Siannodel", "Xiloscient"],
  },
  dwarf: {
    starts: ["Bar", "Dol", "Eber", "Gar", "Har", "Kil", "Mor", "Rur", "Thor", "Vond", "Bru", "Dag"],
    ends: ["in", "gar", "ek", "dal", "rik", "nar", "grim", "di", "hild", "ra"],
    family: ["Battlehammer", "Brawnanvil", "Dankil", "Fireforge", "Gorunn", "Holderhek", "Ironfist", "Rumnaheim"],
    familyLabel: "clan",
  },
  halfling: {
    starts: ["Al", "Cad", "Eld", "Gar", "Lyl", "Mer", "Os", "Per", "Ros", "Wel", "Bree", "Cal"],
    ends: ["ton", "die", "ric", "lie", "o", "rin", "ie", "wyn", "do", "sy"],
    family: [
      "Brushgather",
      "Goodbarrel",
      "Greenbottle",
      "High-hill",
      "Hilltopple",
      "Leagallow",
      "Tealeaf",
      "Underbough",
    ],
  },
  gnome: {
    starts: ["Al", "Bim", "Bod", "Dim", "Fonk", "Glim", "Nack", "Or", "Wren", "Zook", "Nis", "Bree"],
    ends: ["ston", "ble", "dle", "kin", "wick", "ryn", "nock", "bo", "ella", "dink"],
    family: ["Beren", "Daergel", "Folkor", "Garrick", "Nackle", "Murnig", "Ningel", "Timbers"],
  },
  "half-elf": {
    starts: ["Ar", "Cel", "Elan", "Hal", "Lor", "Mae", "Ren", "Syl", "Tae", "Va", "Qui", "Ile"],
    ends: ["dril", "wen", "ric", "ia", "en", "thas", "lyn", "ard", "ion", "ra"],
    family: ["Ashford", "Liadon", "Greycastle", "Nailo", "Brightwood", "Amakiir"],
  },
  "half-orc": {
    starts: ["Dench", "Feng", "Gell", "Hen", "Hol", "Krusk", "Ront", "Shump", "Thok", "Baggi", "Ov", "Yev"],
    ends: ["", "", "ak", "ug", "a", "ra", "ash", "ol"],
  },
  tiefling: {
    starts: ["Ak", "Bar", "Dam", "Ka", "Leu", "Mor", "Ni", "Ori", "Ska", "Ze", "Ri", "Mak"],
    ends: ["menos", "akas", "akos", "llista", "cis", "thai", "mos", "anna", "ryth", "elith"],
  },
  dragonborn: {
    starts: ["Ar", "Bala", "Dona", "Ghe", "Heski", "Kri", "Medra", "Pan", "Sora", "Tor", "Bi", "Har"],
    ends: ["jhan", "sar", "aar", "sh", "v", "nn", "sha", "don", "thar", "inn"],
    family: [
      "Clethtinthiallor",
      "Daardendrian",
      "Delmirev",
      "Drachedandion",
      "Kepeshkmolik",
      "Myastan",
      "Nemmonis",
      "Yarjerit",
    ],
    familyLabel: "clan",
  },
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Thoric of clan Ironfist", "Aelith Liadon", "Krusk". Deterministic for the rng's seed. */
export function npcName(race: NpcRace, rng: Rng): { name: string; family?: string } {
  const parts = NAME_PARTS[race];
  const first = capitalise(rng.pick(parts.starts) + rng.pick(parts.ends));
  const family = parts.family ? rng.pick(parts.family) : undefined;
  if (!family) return { name: first };
  return { name: parts.familyLabel ? `${first} of clan ${family}` : `${first} ${family}`, family };
}

/** Every name part of a race, for tests that check a name fits its race. */
export const namePartsFor = (race: NpcRace) => NAME_PARTS[race];
