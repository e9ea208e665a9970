import type { Metadata } from "next";
import { EditCharacter } from "@/components/characters/character-loaders";
import { PageHeader } from "@/components/layout/page-header";

export const metadata: Metadata = { title: "Edit character" };

export default async function EditCharacterPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <>
      <PageHeader title="Character" description="Change anything and regenerate; every portrait stays in the history." />
      <EditCharacter id={id} />
    </>
  );
}
