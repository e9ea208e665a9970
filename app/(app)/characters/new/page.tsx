import type { Metadata } from "next";
import { NewCharacter } from "@/components/characters/character-loaders";
import { PageHeader } from "@/components/layout/page-header";

export const metadata: Metadata = { title: "New character" };

/** `?template=` starts from a pregenerated character; `?join=` is the invite it is made for. */
export default async function NewCharacterPage({
  searchParams,
}: {
  searchParams: Promise<{ template?: string; join?: string }>;
}) {
  const { template, join } = await searchParams;
  return (
    <>
      <PageHeader
        title="Character creator"
        description="The basics, then as much detail as you like; the portrait is drawn from these fields."
      />
      <NewCharacter templateSlug={template} joinCode={join} />
    </>
  );
}
