"use client";

import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { CheckIcon } from "@/components/ui/icons";
import { useToast } from "@/components/ui/toast";
import { useCampaign, useDeleteCampaign, useLeaveCampaign } from "@/lib/query/campaigns";

/** Where a campaign's invite code takes a player: the campaigns page, which joins on arrival. */
const inviteLinkFor = (origin: string, code: string) => `${origin}/campaigns?join=${encodeURIComponent(code)}`;

/**
 * The DM's invite: the code, the link and a button that copies the link (what a DM pastes into
 * the group chat), with "New invite code" beside them because it replaces both.
 */
export function InvitePanel({ code, rotating, onRotate }: { code: string; rotating: boolean; onRotate: () => void }) {
  const { toast } = useToast();
  const [copied, setCopied] = useState(false);
  const link = typeof window === "undefined" ? "" : inviteLinkFor(window.location.origin, code);

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
      toast({
        title: "Invite link copied",
        description: "Send it to your players: it signs them up and joins them here.",
        variant: "success",
      });
    } catch {
      // Clipboard access can be refused (an insecure origin, a denied permission): say what to do.
      toast({
        title: "Could not copy the link",
        description: "Select the link and copy it yourself.",
        variant: "error",
      });
    }
  }

  return (
    <section aria-labelledby="invite-heading" className="rounded-card border border-line bg-surface p-4 sm:p-5">
      <h3 id="invite-heading" className="font-semibold text-ink-50">
        Invite players
      </h3>
      <p className="mt-1 text-sm text-fg-muted">
        Invite code{" "}
        <code data-testid="invite-code" className="rounded bg-white/10 px-2 py-0.5 text-ink-50">
          {code}
        </code>
      </p>
      <p className="mt-2 break-all text-sm text-fg-muted" data-testid="invite-link">
        {link}
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button size="sm" onClick={() => void copy()}>
          {copied && <CheckIcon />}
          {copied ? "Copied" : "Copy invite link"}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          disabled={rotating}
          onClick={onRotate}
          title="The old code and link stop working at once: a removed player cannot rejoin with them."
        >
          New invite code
        </Button>
      </div>
    </section>
  );
}

/**
 * The campaign page's last section: the DM deletes the campaign, a player leaves it. Kept apart
 * from the everyday actions, below everything else on the page.
 */
export function CampaignDangerZone({ id }: { id: string }) {
  const router = useRouter();
  const campaign = useCampaign(id);
  const remove = useDeleteCampaign();
  const leave = useLeaveCampaign();
  const data = campaign.data;
  if (!data) return null;
  return (
    <DangerZone>
      {data.is_dm ? (
        <ConfirmDelete
          label="Delete campaign"
          title={`Delete ${data.name}?`}
          description="Players lose access; every character's state here and the campaign's maps and tokens are deleted. Characters and their portraits stay with their players. This cannot be undone."
          pending={remove.isPending}
          onConfirm={async () => {
            await remove.mutateAsync(id);
            router.push("/campaigns");
          }}
        />
      ) : (
        <Button
          variant="secondary"
          disabled={leave.isPending}
          onClick={() => leave.mutate(id, { onSuccess: () => router.push("/campaigns") })}
        >
          Leave campaign
        </Button>
      )}
    </DangerZone>
  );
}

function DangerZone({ children }: { children: ReactNode }) {
  return (
    <section
      aria-labelledby="danger-heading"
      className="mt-10 rounded-card border border-danger/30 bg-danger/[0.04] p-4 sm:p-5"
    >
      <h3 id="danger-heading" className="font-semibold text-ink-50">
        Danger zone
      </h3>
      <div className="mt-3 flex flex-wrap items-center gap-3">{children}</div>
    </section>
  );
}
