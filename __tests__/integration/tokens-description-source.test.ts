// First: it points DATABASE_URL at this Jest worker's own database.
import { createTestUser, resetDatabase } from "../support/db";
import { prisma } from "@/lib/db/client";
import { startGenerationWorker } from "@/lib/generation/worker";
import { POST as generate } from "@/app/api/generate/token/route";
import { setupGenerationEnvironment } from "./generation-helpers";
import { call } from "./tokens-helpers";

setupGenerationEnvironment();
let userId: string;
beforeAll(async () => {
  await startGenerationWorker({ concurrency: 2 });
});
beforeEach(async () => {
  await resetDatabase();
  userId = (await createTestUser()).id;
});

test("a description token is named by its subject, and its source picture belongs to the token's asset", async () => {
  const made = await call(generate, {
    userId,
    method: "POST",
    path: "/api/generate/token",
    body: { source: { kind: "description", description: "a bugbear chief with a morningstar" }, format: "png" },
  });
  expect(made.status).toBe(201);
  const token = await prisma.token.findFirstOrThrow({
    where: { ownerId: userId },
    include: { asset: true, sourceImage: true },
  });
  expect(token.name).toBe("Bugbear chief");
  expect(token.asset.name).toBe("Bugbear chief — token");
  expect(token.sourceImage?.assetId).toBe(token.assetId);
  expect(token.sourceImage?.revisedPrompt).toMatch(/Offline engine creature .*Bugbear/);
  // No loose asset named after the prompt is left in the gallery.
  const assets = await prisma.asset.findMany({ where: { ownerId: userId }, select: { id: true, name: true } });
  expect(assets).toEqual([{ id: token.assetId, name: "Bugbear chief — token" }]);
  expect(await prisma.generation.count({ where: { ownerId: userId, assetId: token.assetId } })).toBe(1);
});
