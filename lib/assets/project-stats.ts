import "server-only";
import { prisma } from "@/lib/db/client";
import { projectAssetsSql, resolveProject } from "./access";
import type { ProjectStatsResponse } from "@/lib/schemas/assets-response";

export const TREND_DAYS = 30;
const STATUSES = ["pending", "generating", "completed", "failed", "cancelled"] as const;

export type DailyTrend = { date: string; total: number } & Record<(typeof STATUSES)[number], number>;

/** GET /projects/{id}/stats, shaped exactly as the asset API defines it (plus a per-status daily series). */
export async function getProjectStats(
  userId: string,
  projectId: string,
  now = new Date(),
): Promise<ProjectStatsResponse> {
  const project = await resolveProject(userId, projectId);
  const scope = projectAssetsSql(userId, project);
  const since = startOfDayUtc(new Date(now.getTime() - (TREND_DAYS - 1) * 86_400_000));
  const [counts, byStatus, storage, tags, daily, models] = await Promise.all([
    prisma.$queryRaw<{ assets: bigint; generations: bigint }[]>`
      SELECT (SELECT COUNT(*) FROM "Asset" a WHERE ${scope}) AS assets,
             (SELECT COUNT(*) FROM "Generation" g JOIN "Asset" a ON a.id = g."assetId" WHERE ${scope}) AS generations`,
    prisma.$queryRaw<{ status: string; count: bigint }[]>`
      SELECT g.status::text AS status, COUNT(*) AS count FROM "Generation" g JOIN "Asset" a ON a.id = g."assetId"
      WHERE ${scope} GROUP BY g.status`,
    prisma.$queryRaw<{ bytes: bigint | null }[]>`
      SELECT SUM(i.bytes)::bigint AS bytes FROM "Image" i JOIN "Asset" a ON a.id = i."assetId" WHERE ${scope}`,
    prisma.$queryRaw<{ name: string; count: bigint }[]>`
      SELECT t AS name, COUNT(*) AS count FROM "Asset" a, unnest(a.tags) t WHERE ${scope} GROUP BY t ORDER BY count DESC, t LIMIT 10`,
    prisma.$queryRaw<{ day: Date; status: string; count: bigint }[]>`
      SELECT date_trunc('day', g."createdAt") AS day, g.status::text AS status, COUNT(*) AS count
      FROM "Generation" g JOIN "Asset" a ON a.id = g."assetId"
      WHERE ${scope} AND g."createdAt" >= ${since} GROUP BY 1, 2`,
    prisma.$queryRaw<{ model: string; count: bigint }[]>`
      SELECT COALESCE(g.model, g."providerKind"::text) AS model, COUNT(*) AS count
      FROM "Generation" g JOIN "Asset" a ON a.id = g."assetId" WHERE ${scope} GROUP BY 1 ORDER BY count DESC`,
  ]);
  return {
    total_assets: Number(counts[0].assets),
    total_generations: Number(counts[0].generations),
    generations_by_status: Object.fromEntries(byStatus.map((row) => [row.status.toLowerCase(), Number(row.count)])),
    storage_used: Number(storage[0]?.bytes ?? 0),
    most_used_tags: tags.map((row) => row.name),
    tag_counts: tags.map((row) => ({ name: row.name, count: Number(row.count) })),
    generation_trends: {
      daily: dailySeries(since, daily),
      models_used: Object.fromEntries(models.map((row) => [row.model, Number(row.count)])),
    },
  };
}

/** Thirty consecutive days, oldest first, with zeros for quiet days so a chart needs no gaps logic. */
function dailySeries(since: Date, rows: { day: Date; status: string; count: bigint }[]): DailyTrend[] {
  const days: DailyTrend[] = Array.from({ length: TREND_DAYS }, (_, index) => ({
    date: new Date(since.getTime() + index * 86_400_000).toISOString().slice(0, 10),
    total: 0,
    ...(Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<(typeof STATUSES)[number], number>),
  }));
  const byDate = new Map(days.map((day) => [day.date, day]));
  for (const row of rows) {
    const day = byDate.get(new Date(row.day).toISOString().slice(0, 10));
    if (!day) continue;
    const status = row.status.toLowerCase() as (typeof STATUSES)[number];
    day[status] += Number(row.count);
    day.total += Number(row.count);
  }
  return days;
}

function startOfDayUtc(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
