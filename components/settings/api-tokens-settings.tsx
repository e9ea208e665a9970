"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useApiTokens, useCreateApiToken, useRenameApiToken, useRevokeApiToken } from "@/lib/query/api-tokens";
import type { ApiTokenView } from "@/lib/schemas/api-tokens-response";

// To the minute, as Sessions shows its times.
const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }) : "never";

/**
 * Settings → API tokens: scripts and VTT modules send `Authorization: Bearer <token>` and act as
 * the user. A new token's secret is shown once, here; the list shows names, prefixes and last use.
 */
export function ApiTokensSettings() {
  const tokens = useApiTokens();
  const create = useCreateApiToken();
  const [name, setName] = useState("");
  const [secret, setSecret] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const made = await create.mutateAsync(name.trim()).catch(() => null);
    if (made) {
      setSecret(made.secret);
      setName("");
    }
  };

  return (
    <section aria-labelledby="api-tokens-heading" className="mt-10 flex flex-col gap-5">
      <div>
        <h2 id="api-tokens-heading" className="text-2xl font-semibold">
          API tokens
        </h2>
        <p className="mt-1 max-w-2xl text-sm text-fg-muted">
          For scripts and VTT modules: send <code>Authorization: Bearer &lt;token&gt;</code> to any <code>/api</code>{" "}
          route (see the{" "}
          <a className="underline" href="/api-docs">
            API reference
          </a>
          ). A token can do everything you can; revoke it when it is no longer needed.
        </p>
      </div>
      <form onSubmit={submit} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <Input
          label="Token name"
          placeholder="Foundry module"
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={80}
          className="sm:w-72"
        />
        <Button type="submit" disabled={!name.trim() || create.isPending}>
          Create token
        </Button>
      </form>
      {create.error && <Alert>{create.error.message}</Alert>}
      {secret && (
        <div role="status" className="rounded-lg border border-accent/50 bg-surface-raised p-4 text-sm">
          <p className="font-medium">Copy your new token now: it is not shown again.</p>
          <code data-testid="api-token-secret" className="mt-2 block break-all font-mono text-xs">
            {secret}
          </code>
          <div className="mt-3 flex gap-2">
            <Button size="sm" variant="secondary" onClick={() => void navigator.clipboard?.writeText(secret)}>
              Copy
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setSecret(null)}>
              Done
            </Button>
          </div>
        </div>
      )}
      {tokens.error && <Alert>{tokens.error.message}</Alert>}
      {tokens.data && tokens.data.length === 0 && <p className="text-sm text-fg-muted">No tokens yet.</p>}
      {tokens.data && tokens.data.length > 0 && (
        <ul className="flex flex-col divide-y divide-line rounded-lg border border-line" aria-label="Your API tokens">
          {tokens.data.map((token) => (
            <ApiTokenRow key={token.id} token={token} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ApiTokenRow({ token }: { token: ApiTokenView }) {
  const rename = useRenameApiToken();
  const revoke = useRevokeApiToken();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(token.name);
  const revoked = token.revokedAt !== null;
  return (
    <li className="flex flex-col gap-2 p-3 text-sm sm:flex-row sm:items-center sm:justify-between">
      {editing ? (
        <form
          className="flex items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            rename.mutate({ id: token.id, name: name.trim() }, { onSuccess: () => setEditing(false) });
          }}
        >
          <Input
            label="New name"
            labelHidden
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={80}
          />
          <Button size="sm" type="submit" disabled={!name.trim()}>
            Save
          </Button>
        </form>
      ) : (
        <div>
          <span className="font-medium">{token.name}</span>{" "}
          <code className="text-xs text-fg-muted">{token.prefix}…</code>
          <div className="text-xs text-fg-muted">
            Created {when(token.createdAt)} · last used {when(token.lastUsedAt)}
            {revoked && <> · revoked {when(token.revokedAt)}</>}
          </div>
        </div>
      )}
      {!revoked && (
        <div className="flex gap-2">
          {!editing && (
            <Button size="sm" variant="ghost" onClick={() => setEditing(true)}>
              Rename
            </Button>
          )}
          <Button
            size="sm"
            variant="danger"
            onClick={() => revoke.mutate(token.id)}
            disabled={revoke.isPending}
            aria-label={`Revoke ${token.name}`}
          >
            Revoke
          </Button>
        </div>
      )}
    </li>
  );
}
