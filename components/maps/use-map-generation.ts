"use client";
import { useEffect, useRef, useState } from "react";
import { useGenerateMap, type GeneratedMapResponse, type StageTimings } from "@/lib/query/maps";

export const STAGES = ["layout", "render", "export"] as const;
export type Stage = (typeof STAGES)[number];
export type { StageTimings };
export type GeneratedMap = GeneratedMapResponse;

/**
 * POST /api/generate/map with stage progress. The server does all three stages in one request,
 * so while it runs the active stage is estimated from elapsed time (an AI layout takes longer);
 * when the answer arrives, the server's measured timings replace the estimate.
 */
export function useMapGeneration(onDone: (map: GeneratedMap) => void) {
  const [stage, setStage] = useState<Stage | null>(null);
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
  useEffect(() => () => timers.current.forEach(clearTimeout), []);
  const request = useGenerateMap(onDone);

  async function generate(body: Record<string, unknown>) {
    setStage("layout");
    const layoutEstimate = body.profileId ? 4000 : 300;
    timers.current = [
      setTimeout(() => setStage("render"), layoutEstimate),
      setTimeout(() => setStage("export"), layoutEstimate + 700),
    ];
    // The error is shown from the mutation's state; nothing else waits on it.
    await request.mutateAsync(body).catch(() => undefined);
    timers.current.forEach(clearTimeout);
    setStage(null);
  }
  const timings = request.isPending ? null : (request.data?.timings ?? null);
  return { generate, stage, timings, error: request.error?.message ?? null, busy: stage !== null };
}
