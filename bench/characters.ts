/**
 * `npx tsx bench/characters.ts`: roster and character API latency with 1,000 characters in the
 * database (issue 4: p95 under 50 ms). Every character has a finished portrait (asset, generation,
 * image rows), spread over 100 users and 50 campaigns of 8 characters. Requests go through the
 * real route handlers with a real session cookie, so auth, validation and JSON are included.
 */
import "../scripts/server-only-shim";
import { withBenchDatabase } from "./support/bench-database";

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);

async function main() {
  process.env.AUTH_SECRET ??= "bench-secret-bench-secret-bench-secret";
  await withBenchDatabase({}, run);
}

async function run() {
  const { prisma } = await import("../lib/db/client");
  const { sessionCookieFor } = await import("../__tests__/support/session");
  const { GET: getCampaign } = await import("../app/api/campaigns/[id]/route");
  const { GET: getCharacter } = await import("../app/api/characters/[id]/route");
  const { GET: listCharacters } = await import("../app/api/characters/route");

  const users = await Promise.all(
    Array.from({ length: 100 }, (_, i) =>
      prisma.user.create({ data: { email: `bench-${i}@example.test`, name: `Bench ${i}` } }),
    ),
  );
  const campaigns = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      prisma.campaign.create({
        data: { ownerId: users[i].id, name: `Campaign ${i}`, inviteCode: `BENCH${String(i).padStart(3, "0")}` },
      }),
    ),
  );
  const characterIds: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const ownerId = users[i % users.length].id;
    const asset = await prisma.asset.create({ data: { ownerId, kind: "PORTRAIT", name: `Portrait ${i}` } });
    const generation = await prisma.generation.create({
      data: { ownerId, assetId: asset.id, providerKind: "BUILTIN", prompt: `prompt ${i}`, status: "COMPLETED" },
    });
    await prisma.image.create({
      data: {
        ownerId,
        assetId: asset.id,
        generationId: generation.id,
        path: `bench/${i}.png`,
        filename: `${i}.png`,
        mimeType: "image/png",
        bytes: 1,
        width: 1,
        height: 1,
        format: "png",
        sha256: "0",
        source: "GENERATED",
      },
    });
    const character = await prisma.characterProfile.create({
      data: { ownerId, name: `Hero ${i}`, race: "human", characterClass: "fighter", portraitAssetId: asset.id },
    });
    characterIds.push(character.id);
    if (i < 400) {
      const campaign = campaigns[Math.floor(i / 8)];
      await prisma.campaignMember.upsert({
        where: { campaignId_userId: { campaignId: campaign.id, userId: ownerId } },
        create: { campaignId: campaign.id, userId: ownerId, role: "PLAYER" },
        update: {},
      });
      await prisma.characterInfo.create({ data: { campaignId: campaign.id, characterId: character.id } });
    }
  }

  const measure = async (label: string, call: (i: number) => Promise<Response>) => {
    for (let i = 0; i < 10; i++) await call(i); // warm-up
    const times: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const start = performance.now();
      const response = await call(i);
      if (response.status !== 200) throw new Error(`${label}: ${response.status}`);
      await response.text();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
    console.log(`${label}: p50 ${p(0.5)} ms, p95 ${p(0.95)} ms (target p95 < 50 ms)`);
  };
  const request = async (userId: string) =>
    new Request("http://localhost/api", { headers: { cookie: await sessionCookieFor(userId) } });
  const cookies = new Map<string, Request>();
  const as = async (userId: string) =>
    (cookies.get(userId) ?? cookies.set(userId, await request(userId)).get(userId)!).clone();

  await measure("GET /api/campaigns/{id} (roster of 8, DM)", async (i) => {
    const campaign = campaigns[i % campaigns.length];
    return getCampaign(await as(campaign.ownerId), { params: Promise.resolve({ id: campaign.id }) });
  });
  await measure("GET /api/characters/{id} (owner)", async (i) => {
    const id = characterIds[i % characterIds.length];
    return getCharacter(await as(users[(i % characterIds.length) % users.length].id), {
      params: Promise.resolve({ id }),
    });
  });
  await measure("GET /api/characters (10 per user)", async (i) => listCharacters(await as(users[i % users.length].id)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
