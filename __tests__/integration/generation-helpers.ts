// Shared by images-generate.test.ts and the generation-*.test.ts files. Import "../support/db"
// before this module (it points DATABASE_URL at the Jest worker's own database).
import { readdir } from "node:fs/promises";
import path from "node:path";
import { POST as generateRoute } from "@/app/api/images/generate/route";
import { GET as generationRoute } from "@/app/api/generations/[id]/route";
import { POST as cancelRoute } from "@/app/api/generations/[id]/cancel/route";
import { encryptForUser } from "@/lib/crypto";
import { disconnectPrisma, prisma } from "@/lib/db/client";
import type { ProviderKind } from "@/lib/generated/prisma/enums";
import { stopGenerationWorker } from "@/lib/generation/worker";
import { callRoute } from "../support/call-route";
import { allowFakeProviders } from "../support/fake-providers";
import { withTempStorageRoot } from "../support/temp-storage-root";

export const ORIGIN = "http://localhost:3000";
export const SECRET_KEY = "sk-test-DISTINCTIVE-key-4b1d9e77c2";

export const postGenerate = (userId: string | undefined, body: unknown) =>
  callRoute(generateRoute, { user: userId, method: "POST", path: "/api/images/generate", body });
export const getGeneration = (userId: string, id: string) =>
  callRoute(generationRoute, { user: userId, path: `/api/generations/${id}`, params: { id } });
export const postCancel = (userId: string, id: string) =>
  callRoute(cancelRoute, { user: userId, method: "POST", path: `/api/generations/${id}/cancel`, params: { id } });

export async function createProfile(
  userId: string,
  kind: ProviderKind,
  options: { baseUrl?: string; apiKey?: string; imageModel?: string } = {},
) {
  const sealed = options.apiKey ? encryptForUser(userId, options.apiKey) : null;
  return prisma.connectionProfile.create({
    data: {
      userId,
      name: `${kind} ${Math.random().toString(36).slice(2, 8)}`,
      kind,
      baseUrl: options.baseUrl,
      imageModel: options.imageModel,
      apiKeyCiphertext: sealed && new Uint8Array(sealed.ciphertext),
      apiKeyIv: sealed && new Uint8Array(sealed.iv),
      apiKeyTag: sealed && new Uint8Array(sealed.tag),
      apiKeyVersion: sealed?.keyVersion,
      apiKeyLast4: options.apiKey?.slice(-4),
    },
  });
}

/** Every file under the storage root (temp files included), relative to it. */
export async function storedFiles(root = process.env.STORAGE_ROOT!): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Generations, images and assets as one comparable string (for "a refused request changes nothing"). */
export async function pipelineSnapshot(): Promise<string> {
  const [generations, images, assets, tags] = await Promise.all([
    prisma.generation.findMany({ orderBy: { id: "asc" } }),
    prisma.image.findMany({ orderBy: { id: "asc" } }),
    prisma.asset.findMany({ orderBy: { id: "asc" } }),
    prisma.imageTag.findMany({ orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ generations, images, assets, tags, files: await storedFiles() });
}

export { waitFor } from "../support/wait-for";

/** Temp STORAGE_ROOT, the running fake providers allowed as private hosts, console captured; undone in afterAll. */
export function setupGenerationEnvironment(): { logs: string[] } {
  const saved = { TIMEOUT: process.env.GENERATION_TIMEOUT_MS };
  let disallowFakes: (() => void) | undefined;
  const logs: string[] = [];
  const spies: jest.SpyInstance[] = [];
  beforeAll(async () => {
    disallowFakes = allowFakeProviders();
    for (const method of ["log", "info", "warn", "error", "debug"] as const) {
      spies.push(
        jest
          .spyOn(console, method)
          .mockImplementation((...args: unknown[]) => void logs.push(args.map(String).join(" "))),
      );
    }
  });
  afterAll(async () => {
    await stopGenerationWorker(5_000);
    await disconnectPrisma();
    for (const spy of spies) spy.mockRestore();
    disallowFakes?.();
    if (saved.TIMEOUT === undefined) delete process.env.GENERATION_TIMEOUT_MS;
    else process.env.GENERATION_TIMEOUT_MS = saved.TIMEOUT;
  });
  // Registered after the afterAll above: Jest runs afterAll hooks in declaration order, so the
  // worker has stopped before its storage root is removed.
  withTempStorageRoot("generation-test-", { emptyBeforeEach: true });
  return { logs };
}
