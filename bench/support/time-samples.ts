/**
 * p50 and p95 (ms, two decimals) of `samples` runs of `run`, after `warmup` runs that are not
 * counted (connections opened, plans cached, code compiled).
 */
export async function timeSamples(
  samples: number,
  run: () => Promise<unknown>,
  warmup = 5,
): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < warmup; i++) await run();
  const durations: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = process.hrtime.bigint();
    await run();
    durations.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  durations.sort((a, b) => a - b);
  const pick = (q: number) =>
    Math.round(durations[Math.min(durations.length - 1, Math.floor(q * durations.length))] * 100) / 100;
  return { p50: pick(0.5), p95: pick(0.95) };
}
