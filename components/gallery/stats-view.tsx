"use client";

import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { useProjectStats } from "@/lib/query/gallery";
import { BarList, DailyChart, formatBytes } from "./stats-charts";

/** The statistics page body, from GET /api/v1/projects/personal/stats. */
export function StatsView() {
  const stats = useProjectStats();
  if (stats.isPending) return <p className="text-fg-muted">Loading statistics…</p>;
  if (!stats.data) return <p className="text-danger">Statistics could not be loaded.</p>;
  const data = stats.data;
  const models = Object.entries(data.generation_trends.models_used).map(([name, count]) => ({ name, count }));
  const statuses = Object.entries(data.generations_by_status).map(([name, count]) => ({ name, count }));
  return (
    <div className="flex flex-col gap-6">
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Figure label="Assets" value={data.total_assets.toLocaleString()} />
        <Figure label="Generations" value={data.total_generations.toLocaleString()} />
        <Figure label="Completed" value={(data.generations_by_status.completed ?? 0).toLocaleString()} />
        <Figure label="Storage used" value={formatBytes(data.storage_used)} />
      </dl>
      <Card>
        <CardHeader>
          <CardTitle>Generations per day (30 days)</CardTitle>
        </CardHeader>
        <CardContent>
          <DailyChart daily={data.generation_trends.daily} />
        </CardContent>
      </Card>
      <div className="grid gap-6 md:grid-cols-3">
        <Panel title="Models used">
          <BarList items={models} label="Generations per model" />
        </Panel>
        <Panel title="By status">
          <BarList items={statuses} label="Generations by status" color="#34d399" />
        </Panel>
        <Panel title="Most used tags">
          <BarList items={data.tag_counts} label="Assets per tag" color="#f1ac2b" />
        </Panel>
      </div>
    </div>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-card border border-line bg-surface p-4">
      <dt className="text-sm text-fg-muted">{label}</dt>
      <dd className="mt-1 font-display text-2xl text-ink-50">{value}</dd>
    </div>
  );
}

function Panel({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}
