import type { Metadata } from "next";
import { EditCharacter } from "@/components/characters/character-loaders";
import { PageHeader } from "@/components/layout/page-header";
import { getCharacter } from "@/lib/characters/characters";
import { foundOrNotFound } from "../../../found-or-not-found";

export const metadata: Metadata = { title: "Edit character" };

export default async function EditCharacterPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await foundOrNotFound(id, getCharacter);
  return (
    <>
      <PageHeader
        title="Character"
        description="Change anything and regenerate; every portrait stays in the history."
      />
      <EditCharacter id={id} />
    </>
  );
}
