"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SparkleIcon, SpinnerIcon } from "@/components/ui/icons";
import { useProfiles } from "@/lib/query/profiles";
import { useProviders } from "@/lib/query/providers";
import type { ProfileView } from "@/lib/schemas/profiles";
import { ProfileCard } from "./profile-card";

// The profile form and the delete confirmation (Radix Dialog) load when first opened.
const ProfileDialog = dynamic(() => import("./profile-dialog").then((module) => module.ProfileDialog), { ssr: false });
const DeleteProfileDialog = dynamic(
  () => import("./delete-profile-dialog").then((module) => module.DeleteProfileDialog),
  { ssr: false },
);

type Editing = { mode: "closed" } | { mode: "create" } | { mode: "edit"; profile: ProfileView };

/** Settings → AI providers: the user's connection profiles and everything done to them. */
export function ProvidersSettings() {
  const profiles = useProfiles();
  const providers = useProviders();
  const [editing, setEditing] = useState<Editing>({ mode: "closed" });
  const [deleting, setDeleting] = useState<ProfileView | null>(null);
  // Once loaded a dialog stays mounted, so it can play its closing animation.
  const [editorWanted, setEditorWanted] = useState(false);
  if (editing.mode !== "closed" && !editorWanted) setEditorWanted(true);
  const [deleteWanted, setDeleteWanted] = useState(false);
  if (deleting && !deleteWanted) setDeleteWanted(true);
  const labelOf = (kind: string) => providers.data?.find((provider) => provider.kind === kind)?.label ?? kind;

  const failure = profiles.error ?? providers.error;
  return (
    <section aria-labelledby="ai-providers-heading" className="flex flex-col gap-5">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h2 id="ai-providers-heading" className="text-2xl font-semibold">
            AI providers
          </h2>
          <p className="mt-1 max-w-2xl text-sm text-fg-muted">
            Each profile is one connection with your own key. Keys are stored encrypted and never shown again — only
            their last four characters. The starred profile is used unless you pick another.
          </p>
        </div>
        <Button onClick={() => setEditing({ mode: "create" })} disabled={!providers.data}>
          <SparkleIcon /> Add profile
        </Button>
      </div>

      {failure && <Alert>{failure.message || "Your profiles could not be loaded."}</Alert>}

      {profiles.isPending && !failure && (
        <div role="status" className="flex items-center gap-2 py-10 text-sm text-fg-muted">
          <SpinnerIcon className="size-5 animate-spin" /> Loading your profiles…
        </div>
      )}

      {profiles.data && profiles.data.length === 0 && (
        <EmptyState
          icon={<SparkleIcon />}
          title="No profiles yet"
          description="Add a provider with your own key, or use the built-in offline engine."
          action={<Button onClick={() => setEditing({ mode: "create" })}>Add profile</Button>}
        />
      )}

      {profiles.data && profiles.data.length > 0 && (
        <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {profiles.data.map((profile) => (
            <li key={profile.id} className="flex">
              <div className="flex w-full flex-col [&>*]:flex-1">
                <ProfileCard
                  profile={profile}
                  kindLabel={labelOf(profile.kind)}
                  onEdit={() => setEditing({ mode: "edit", profile })}
                  onDelete={() => setDeleting(profile)}
                />
              </div>
            </li>
          ))}
        </ul>
      )}

      {providers.data && editorWanted && (
        <ProfileDialog
          open={editing.mode !== "closed"}
          onOpenChange={(open) => !open && setEditing({ mode: "closed" })}
          providers={providers.data}
          profile={editing.mode === "edit" ? editing.profile : undefined}
        />
      )}
      {deleteWanted && <DeleteProfileDialog profile={deleting} onOpenChange={(open) => !open && setDeleting(null)} />}
    </section>
  );
}
