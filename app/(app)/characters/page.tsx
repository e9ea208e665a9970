import type { Metadata } from "next";
import Link from "next/link";
import { CharacterList } from "@/components/characters/character-list";
import { PageHeader } from "@/components/layout/page-header";
import { buttonStyles } from "@/components/ui/button";

export const metadata: Metadata = { title: "Characters" };

export default function CharactersPage() {
  return (
    <>
      <PageHeader
        title="Characters"
        description="Your adventurers and their portraits, shared by every campaign they join."
        actions={
          <Link className={buttonStyles()} href="/characters/new">
            New character
          </Link>
        }
      />
      <CharacterList />
    </>
  );
}
