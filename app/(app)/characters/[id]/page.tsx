import type { Metadata } from "next";
import { CharacterSheet } from "@/components/characters/character-sheet";
import { getCharacter } from "@/lib/characters/characters";
import { foundOrNotFound } from "../../found-or-not-found";

export const metadata: Metadata = { title: "Character sheet" };

export default async function CharacterSheetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await foundOrNotFound(id, getCharacter);
  return <CharacterSheet id={id} />;
}
