"use client";
import { useEffect, useRef, useState } from "react";
import type { MapView } from "@/lib/maps/map-view";

export const STAGES = ["layout", "render", "export"] as const;
export type Stage = (typeof STAGES)[number];
export type StageTimings = { layoutMs: number; renderMs: number; exportMs: number };
export type GeneratedMap = MapView & { timings?: StageTimings };

/**
 * POST /api/generate/map with stage progress. The server does all three stages in one request,
 * so while it runs the active stage is estimated from elapsed time (an AI layout takes longer);
 * when the answer arrives, the server's measured timings replace the estimate.
 */
export function useMapGeneration(onDone: (map: GeneratedMap) => void) {
  const [stage, setStage] = useState<Stage | null>(null);
  const [timings, setTimings] = useState<StageTimings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
  useEffect(() => () => timers.current.forEach(clearTimeout), []);

  async function generate(body: Record<string, unknown>) {
    setError(null);
    setTimings(null);
    setStage("layout");
    const layoutEstimate = body.profileId ? 4000 : 300;
    timers.current = [setTimeout(() => setStage("render"), layoutEstimate), setTimeout(() => setStage("export"), layoutEstimate + 700)];
    try {
      const response = await fetch("/api/generate/map", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const data = await response.json();
      if (!response.ok) return setError(data.error?.message ?? "Could not generate the map");
      setTimings(data.timings ?? null);
      onDone(data);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      timers.current.forEach(clearTimeout);
      setStage(null);
    }
  }
  return { generate, stage, timings, error, busy: stage !== null };
}
