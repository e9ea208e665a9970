// What the storage quota costs per save for a user with many images: the SUM over their Image
// rows (what a check without the kept total would run, EXPLAIN ANALYZE) beside the reservation
// the save really makes (usage-row lock, live reservations, insert), and a bulk delete of all
// those rows through the statement-level trigger that keeps the total.
//   npx tsx bench/storage-quota.ts --rows 100000
import { randomUUID } from "node:crypto";
import { withBenchDatabase } from "./support/bench-database";

const rowsArg = process.argv.indexOf("--rows");
const ROWS = rowsArg > 0 ? Number(process.argv[rowsArg + 1]) : 100_000;
const RESERVATIONS = 200;

async function main() {
  const { prisma } = await import("../lib/db/client");
  const { reserveStorage, releaseStorage } = await import("../lib/images/storage-quota");
  process.env.STORAGE_QUOTA_MB = "1000000";
  const users = await Promise.all(
    Array.from({ length: 5 }, (_, i) =>
      prisma.user.create({ data: { email: `bench-${i}-${randomUUID()}@example.com`, name: `Bench ${i}` } }),
    ),
  );
  const [heavy] = users;
  // The heavy user has ROWS images, each other user a tenth as many: the SUM's index scan has
  // to skip past nobody's rows, as in a shared table.
  for (const user of users) {
    const count = user === heavy ? ROWS : ROWS / 10;
    await prisma.$executeRaw`
      INSERT INTO "Image" (id, "ownerId", path, filename, "mimeType", bytes, width, height, format, sha256, source, "createdAt", "updatedAt")
      SELECT gen_random_uuid(), ${user.id}::uuid, ${user.id} || '/' || i || '.png', i || '.png', 'image/png',
             10000 + i % 5000, 512, 512, 'png', repeat('0', 64), 'UPLOAD', now(), now()
      FROM generate_series(1, ${count}::int) i`;
  }
  await prisma.$executeRawUnsafe(`ANALYZE "Image"`);

  const plan = await prisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
    `EXPLAIN (ANALYZE, BUFFERS) SELECT sum(bytes) FROM "Image" WHERE "ownerId" = '${heavy.id}'::uuid`,
  );
  const lines = plan.map((row) => row["QUERY PLAN"]);
  const sumMs = Number(/Execution Time: ([\d.]+)/.exec(lines.join("\n"))?.[1]);
  console.log(`SUM over ${ROWS} images of one user (${(ROWS * 1.4).toFixed(0)} rows in the table):`);
  for (const line of lines) console.log(`  ${line}`);

  const started = performance.now();
  for (let i = 0; i < RESERVATIONS; i++) {
    const path = `${heavy.id}/reserved-${i}.png`;
    await reserveStorage(heavy.id, path, 10000);
    await releaseStorage(path);
  }
  const reserveMs = (performance.now() - started) / RESERVATIONS;

  const kept = await prisma.storageUsage.findUniqueOrThrow({ where: { userId: heavy.id } });
  const sum = await prisma.image.aggregate({ where: { ownerId: heavy.id }, _sum: { bytes: true } });
  const deleteStarted = performance.now();
  await prisma.image.deleteMany({ where: { ownerId: heavy.id } });
  const deleteMs = performance.now() - deleteStarted;
  const afterDelete = await prisma.storageUsage.findUniqueOrThrow({ where: { userId: heavy.id } });

  console.log(`SUM execution: ${sumMs.toFixed(2)} ms`);
  console.log(`reserve + release (kept total, round trips included): ${reserveMs.toFixed(2)} ms per save`);
  // The floor is the SUM a save would otherwise run (execution alone, no round trip): below 1× the kept total wins.
  console.log(`ratio reserve+release / SUM: ${(reserveMs / sumMs).toFixed(2)}×`);
  console.log(`kept total ${kept.storedBytes} = SUM ${sum._sum.bytes}: ${Number(kept.storedBytes) === sum._sum.bytes}`);
  console.log(
    `bulk delete of ${ROWS} rows with the trigger: ${deleteMs.toFixed(0)} ms; total after: ${afterDelete.storedBytes}`,
  );
}

withBenchDatabase({}, main).catch((error) => {
  console.error(error);
  process.exit(1);
});
