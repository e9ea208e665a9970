"use client";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { leaveToSignIn, signOutToVisitorPage } from "@/components/layout/sign-out";
import { useEndSession, useSessions, useSignOutEverywhere } from "@/lib/query/account";
import type { SessionView } from "@/lib/schemas/account-response";
import { describeBrowser } from "./describe-browser";

// Minutes are enough to tell two sign-ins apart; seconds only add noise.
const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

/**
 * Settings → Sessions: every browser signed in to this account (ended on the server, so signing
 * one out works even for a lost phone), and "Sign out everywhere", which ends this one too.
 */
export function SessionsSettings() {
  const sessions = useSessions();
  const everywhere = useSignOutEverywhere();

  const signOutEverywhere = async () => {
    const done = await everywhere.mutateAsync().then(
      () => true,
      () => false,
    );
    if (done) await leaveToSignIn();
  };

  return (
    <section aria-labelledby="sessions-heading" className="mt-10 flex flex-col gap-5">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h2 id="sessions-heading" className="text-2xl font-semibold">
            Sessions
          </h2>
          <p className="mt-1 max-w-2xl text-sm text-fg-muted">
            Browsers signed in to your account. Signing one out ends it on the server at once.
          </p>
        </div>
        {/* Not the page's loudest button: it ends this browser too, and most visits only read the list. */}
        <Button variant="secondary" onClick={() => void signOutEverywhere()} loading={everywhere.isPending}>
          Sign out everywhere
        </Button>
      </div>
      {everywhere.error && <Alert>{everywhere.error.message}</Alert>}
      {sessions.error && <Alert>{sessions.error.message}</Alert>}
      {sessions.data && (
        <ul className="flex flex-col divide-y divide-line rounded-lg border border-line" aria-label="Your sessions">
          {sessions.data.map((session) => (
            <SessionRow key={session.id} session={session} />
          ))}
        </ul>
      )}
    </section>
  );
}

function SessionRow({ session }: { session: SessionView }) {
  const end = useEndSession();
  const name = describeBrowser(session.userAgent);
  return (
    <li className="flex flex-col gap-2 p-3 text-sm sm:flex-row sm:items-center sm:justify-between">
      <div>
        <span className="font-medium" title={session.userAgent}>
          {name}
        </span>{" "}
        {session.current && <Badge variant="accent">This browser</Badge>}
        <div className="text-xs text-fg-muted">
          Signed in {when(session.createdAt)} · last active {when(session.lastSeenAt)}
        </div>
        {end.error && <p className="mt-1 text-xs text-danger-soft">{end.error.message}</p>}
      </div>
      <Button
        size="sm"
        variant="ghost"
        disabled={end.isPending}
        aria-label={
          session.current ? "Sign out of this browser" : `Sign out ${name}, signed in ${when(session.createdAt)}`
        }
        onClick={() => (session.current ? void signOutToVisitorPage() : end.mutate(session.id))}
      >
        Sign out
      </Button>
    </li>
  );
}
