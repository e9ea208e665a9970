/**
 * p50 and p95 of each of `runs`, taken in rounds (one run of each per round, in turn), so that
 * whatever else the machine or this process does (another program, a garbage collection owed to
 * the one before) falls on every run alike rather than on whichever ran during it.
 */
export async function timeAlternating(
  samples: number,
  runs: (() => Promise<unknown>)[],
  // Not counted: connections opened, plans cached, code compiled.
  warmup = 5,
): Promise<{ p50: number; p95: number }[]> {
  for (let i = 0; i < warmup; i++) for (const run of runs) await run();
  const durations: number[][] = runs.map(() => []);
  for (let i = 0; i < samples; i++) {
    for (const [index, run] of runs.entries()) {
      const start = process.hrtime.bigint();
      await run();
      durations[index].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return durations.map(percentiles);
}

function percentiles(durations: number[]): { p50: number; p95: number } {
  const sorted = [...durations].sort((a, b) => a - b);
  const pick = (q: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] * 100) / 100;
  return { p50: pick(0.5), p95: pick(0.95) };
}
