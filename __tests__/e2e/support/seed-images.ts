import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import sharp from "sharp";
import { runningEmbeddedDatabaseUrl } from "@/lib/db/embedded";
import { buildImageFilename, storageKeyFor } from "@/lib/storage";

/**
 * Seeds `count` images (each with its asset, "Scroll tile 0001" newest first) for a signed-up user,
 * straight into the database and the storage folder of the server Playwright started
 * (playwright.config.ts: EMBEDDED_PG_DIR and STORAGE_ROOT) — uploading thousands through the
 * API would take minutes. Each picture is a different hue with its number on it.
 */
export async function seedGalleryImages(email: string, count: number): Promise<void> {
  const url = runningEmbeddedDatabaseUrl(".data/e2e-postgres");
  if (!url) throw new Error("the e2e database is not running (start the suite with npm run test:e2e)");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
    const ownerId = rows[0]?.id;
    if (!ownerId) throw new Error(`no user ${email}`);
    const newest = Date.now();
    const items: SeededImage[] = [];
    for (let index = 0; index < count; index++) {
      const png = await numberedTile(index + 1);
      const filename = buildImageFilename(ownerId, index, png, "png");
      const key = storageKeyFor(ownerId, filename);
      const file = path.resolve(".data/e2e-uploads", key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, png);
      const createdAt = new Date(newest - index * 1000).toISOString();
      items.push({
        assetId: randomUUID(),
        imageId: randomUUID(),
        name: `Scroll tile ${String(index + 1).padStart(4, "0")}`,
        key,
        filename,
        bytes: png.length,
        createdAt,
      });
    }
    const column = (name: keyof SeededImage) => items.map((item) => item[name]);
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "Asset" (id, "ownerId", kind, name, "createdAt", "updatedAt")
       SELECT a, $1::uuid, 'IMAGE', n, c, c FROM unnest($2::uuid[], $3::text[], $4::timestamp[]) AS t(a, n, c)`,
      [ownerId, column("assetId"), column("name"), column("createdAt")],
    );
    await client.query(
      `INSERT INTO "Image" (id, "ownerId", "assetId", path, filename, "mimeType", bytes, width, height, format, sha256, source, "createdAt", "updatedAt")
       SELECT i, $1::uuid, a, p, f, 'image/png', b, 96, 96, 'png', md5(p) || md5(f), 'UPLOAD', c, c
       FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::int[], $7::timestamp[]) AS t(i, a, p, f, b, c)`,
      [
        ownerId,
        column("imageId"),
        column("assetId"),
        column("key"),
        column("filename"),
        column("bytes"),
        column("createdAt"),
      ],
    );
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}

type SeededImage = {
  assetId: string;
  imageId: string;
  name: string;
  key: string;
  filename: string;
  bytes: number;
  createdAt: string;
};

function numberedTile(number: number): Promise<Buffer> {
  const hue = (number * 37) % 360; // neighbours differ, so a tile shown in the wrong place stands out
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96">
    <rect width="96" height="96" fill="hsl(${hue},55%,35%)"/>
    <text x="48" y="58" font-family="DejaVu Sans" font-size="26" font-weight="bold" fill="#fff" text-anchor="middle">${number}</text></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
