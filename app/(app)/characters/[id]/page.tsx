import type { Metadata } from "next";
import { CharacterSheet } from "@/components/characters/character-sheet";

export const metadata: Metadata = { title: "Character sheet" };

export default async function CharacterSheetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <CharacterSheet id={id} />;
}
