"use client";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { Button, buttonStyles } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { TokenIcon } from "@/components/ui/icons";
import { VisibilityControl } from "@/components/campaigns/visibility-control";
import { useDeleteToken, useTokens, type TokenView } from "@/lib/query/tokens";
import { RING_COLOR, SQUARES } from "@/lib/schemas/token-vocabulary";

const VARIANT: Record<TokenView["disposition"], BadgeVariant> = {
  PC: "arcane",
  FRIENDLY: "success",
  NEUTRAL: "warning",
  HOSTILE: "danger",
};

/** The tokens of the chosen campaign (or all the user may see), newest first; the maker deletes. */
export function TokenList({ campaignId, userId }: { campaignId: string | null; userId: string }) {
  const tokens = useTokens(campaignId);
  const remove = useDeleteToken();

  if (tokens.isPending) return <p className="text-sm text-fg-muted">Loading tokens…</p>;
  if (tokens.error)
    return (
      <p role="alert" className="text-sm text-danger">
        {tokens.error.message}
      </p>
    );
  if (tokens.data.length === 0) {
    return (
      <EmptyState
        icon={<TokenIcon />}
        title="No tokens yet"
        description="Make one above, or stamp the whole party at once."
        headingLevel={3}
      />
    );
  }
  return (
    <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5" aria-label="Tokens">
      {tokens.data.map((token) => (
        <li
          key={token.id}
          className="group flex flex-col items-center gap-2 rounded-card border border-line bg-surface/80 p-4 text-center transition-colors hover:border-line-strong"
        >
          <div
            className="grid h-24 w-24 place-items-center rounded-full"
            style={{ boxShadow: `0 0 24px ${RING_COLOR[token.disposition]}33` }}
          >
            {token.imageUrl && (
              <img
                src={token.imageUrl}
                alt={`${token.name} token`}
                loading="lazy"
                className="h-24 w-24 rounded-full object-contain"
              />
            )}
          </div>
          <p className="w-full truncate font-medium" title={token.name}>
            {token.name}
          </p>
          <div className="flex flex-wrap justify-center gap-1">
            <Badge variant={VARIANT[token.disposition]}>{token.disposition.toLowerCase()}</Badge>
            <Badge>
              {token.creatureSize.toLowerCase()} · {SQUARES[token.creatureSize]}×{SQUARES[token.creatureSize]} sq
            </Badge>
          </div>
          <VisibilityControl
            item={{
              type: "token",
              id: token.id,
              name: token.name,
              campaignId: token.campaignId,
              visibility: token.visibility,
            }}
          />
          <div className="mt-1 flex gap-1 opacity-80 transition-opacity group-hover:opacity-100">
            {token.imageUrl && (
              <a
                className={buttonStyles({ variant: "ghost", size: "sm" }) + " text-xs no-underline"}
                href={token.imageUrl}
                download={`${token.name}.${token.format ?? "webp"}`}
              >
                Download
              </a>
            )}
            {token.ownerId === userId && (
              <Button
                size="sm"
                variant="ghost"
                className="text-xs"
                aria-label={`Delete ${token.name}`}
                disabled={remove.isPending}
                onClick={() => remove.mutate(token.id)}
              >
                Delete
              </Button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
