"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardFooter } from "@/components/ui/card";
import { TrashIcon } from "@/components/ui/icons";
import { useToast } from "@/components/ui/toast";
import { useSetDefaultProfile, useTestProfileConnection } from "@/lib/query/profiles";
import type { ConnectionTestResult, ProfileView } from "@/lib/schemas/profiles";
import { ConnectionTestResultView } from "./connection-test-result";
import { ProfileModels } from "./profile-models";

type ProfileCardProps = {
  profile: ProfileView;
  kindLabel: string;
  onEdit: () => void;
  onDelete: () => void;
};

const StarIcon = ({ filled }: { filled: boolean }) => (
  <svg
    viewBox="0 0 24 24"
    aria-hidden="true"
    className="size-4"
    fill={filled ? "currentColor" : "none"}
    stroke="currentColor"
    strokeWidth={1.75}
    strokeLinejoin="round"
  >
    <path d="m12 3.5 2.6 5.3 5.9.9-4.3 4.1 1 5.8-5.2-2.7-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z" />
  </svg>
);

/** One connection profile: what it is, which models it uses, its key hint, and its actions. */
export function ProfileCard({ profile, kindLabel, onEdit, onDelete }: ProfileCardProps) {
  const setDefault = useSetDefaultProfile();
  const test = useTestProfileConnection();
  const { toast } = useToast();
  const [result, setResult] = useState<ConnectionTestResult | null>(null);
  const isBuiltin = profile.kind === "BUILTIN";

  async function runTest() {
    setResult(null);
    try {
      const outcome = await test.mutateAsync(profile.id);
      setResult(outcome);
      toast(
        outcome.ok
          ? { title: `${profile.name} is connected`, variant: "success" }
          : { title: `${profile.name} could not connect`, description: outcome.message, variant: "error" },
      );
    } catch (error) {
      toast({
        title: "The test could not run",
        description: error instanceof Error ? error.message : undefined,
        variant: "error",
      });
    }
  }

  async function makeDefault() {
    try {
      await setDefault.mutateAsync(profile.id);
      toast({ title: `${profile.name} is now your default`, variant: "success" });
    } catch (error) {
      toast({
        title: "Could not change the default",
        description: error instanceof Error ? error.message : undefined,
        variant: "error",
      });
    }
  }

  return (
    <Card
      className={profile.isDefault ? "border-accent/40" : undefined}
      data-testid="profile-card"
      aria-label={profile.name}
      role="group"
    >
      <CardContent className="flex flex-col gap-3">
        <div className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <h3 className="truncate font-display text-lg font-semibold text-ink-50">{profile.name}</h3>
            <div className="mt-1.5 flex flex-wrap gap-1.5">
              <Badge variant={isBuiltin ? "arcane" : "neutral"}>{isBuiltin ? "Offline engine" : kindLabel}</Badge>
              {profile.isDefault && (
                <Badge variant="accent">
                  <StarIcon filled /> Default
                </Badge>
              )}
            </div>
          </div>
          {!profile.isDefault && (
            <Button
              variant="ghost"
              size="sm"
              onClick={makeDefault}
              loading={setDefault.isPending}
              aria-label={`Make ${profile.name} the default`}
            >
              <StarIcon filled={false} /> Make default
            </Button>
          )}
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-fg-subtle">Image model</dt>
          <dd className="truncate font-mono text-fg-muted">{profile.imageModel ?? "—"}</dd>
          <dt className="text-fg-subtle">Text model</dt>
          <dd className="truncate font-mono text-fg-muted">{profile.textModel ?? "—"}</dd>
          {!isBuiltin && (
            <>
              <dt className="text-fg-subtle">Key</dt>
              <dd className="font-mono text-fg-muted" data-testid="key-hint">
                {profile.hasKey ? (profile.keyLast4 ? `…${profile.keyLast4}` : "saved") : "none"}
              </dd>
            </>
          )}
          {profile.baseUrl && !isBuiltin && (
            <>
              <dt className="text-fg-subtle">Endpoint</dt>
              <dd className="truncate font-mono text-fg-muted">{profile.baseUrl}</dd>
            </>
          )}
        </dl>
        {isBuiltin && (
          <p className="text-sm text-fg-subtle">Runs on this server: no key, no network, always available.</p>
        )}
        {result && <ConnectionTestResultView result={result} />}
      </CardContent>
      {/* The provider's own answers (test, models) on the left, managing the profile on the right:
          one row at 390 px, Delete as a labelled icon so it never wraps onto a line of its own. */}
      <CardFooter className="flex-wrap gap-x-1 gap-y-2">
        <Button variant="secondary" size="sm" onClick={runTest} loading={test.isPending} loadingText="Testing…">
          Test connection
        </Button>
        <ProfileModels profileId={profile.id} profileName={profile.name} />
        <div className="ml-auto flex items-center gap-1" data-testid="profile-manage-actions">
          <Button variant="ghost" size="sm" onClick={onEdit} aria-label={`Edit ${profile.name}`}>
            Edit
          </Button>
          {/* The built-in engine is what works with no key, so it is not offered for deletion. */}
          {!isBuiltin && (
            <Button
              variant="ghost"
              size="sm"
              onClick={onDelete}
              className="w-8 px-0 text-danger hover:text-danger"
              aria-label={`Delete ${profile.name}`}
              title="Delete"
            >
              <TrashIcon />
            </Button>
          )}
        </div>
      </CardFooter>
    </Card>
  );
}
