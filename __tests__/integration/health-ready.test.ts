// Liveness and readiness as a load balancer sees them: real database, real pg-boss, real storage.
import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { stopGenerationWorker } from "@/lib/generation/worker";
import { checkReadiness, DEFAULT_CHECKS, notReady } from "@/lib/ops/readiness";
import { healthResponse, readyResponse } from "@/lib/schemas/ops-response";
import { callRoute } from "../support/call-route";
import { withTempStorageRoot } from "../support/temp-storage-root";

const storageRoot = withTempStorageRoot("health-ready-");
afterAll(() => stopGenerationWorker(5_000)); // the queue check starts this process's pg-boss

test("GET /api/health answers without a session and asks nothing", async () => {
  const answer = await callRoute(health, { path: "/api/health" });
  expect(answer.status).toBe(200);
  expect(healthResponse.parse(answer.body)).toEqual({ status: "ok" });
  expect(answer.headers.get("x-request-id")).toBeTruthy();
});

test("GET /api/ready checks the database, the queue and storage, and leaves no probe behind", async () => {
  const answer = await callRoute(ready, { path: "/api/ready" });
  expect(answer.status).toBe(200);
  expect(readyResponse.parse(answer.body)).toEqual({
    status: "ready",
    checks: { database: "ok", queue: "ok", storage: "ok" },
  });
  const probes = await readdir(path.join(storageRoot(), "readiness-probe")).catch(() => []);
  expect(probes).toEqual([]);
});

test("unwritable storage is a 503 naming the storage check, without the path or the error", async () => {
  // A regular file where the storage folder should be: every write under it fails.
  const blocked = path.join(storageRoot(), "not-a-folder");
  await writeFile(blocked, "x");
  const saved = process.env.STORAGE_ROOT;
  process.env.STORAGE_ROOT = blocked;
  try {
    const answer = await callRoute(ready, { path: "/api/ready" });
    expect(answer.status).toBe(503);
    expect(answer.body).toEqual({
      error: {
        code: "UNAVAILABLE",
        message: "Not ready: storage",
        details: { checks: { database: "ok", queue: "ok", storage: "failed" } },
      },
    });
    expect(answer.text).not.toContain(blocked);
    expect(answer.text).not.toMatch(/ENOTDIR|EEXIST|ENOENT/);
  } finally {
    process.env.STORAGE_ROOT = saved;
  }
});

test("a failing check reports only its name; a hung one times out instead of hanging the probe", async () => {
  const secret = "postgres://forge:hunter2@db.internal:5432/forge";
  const report = await checkReadiness(
    {
      database: DEFAULT_CHECKS.database,
      queue: () => Promise.reject(new Error(`cannot reach ${secret}`)),
      storage: () => new Promise(() => undefined),
    },
    200,
  );
  expect(report).toEqual({ database: "ok", queue: "failed", storage: "timed out" });
  const body = JSON.stringify(notReady(report).toBody());
  expect(body).not.toContain("hunter2");
  expect(JSON.parse(body).error.message).toBe("Not ready: queue, storage");
});
