// The stored zip writer read back by unzip, and the Foundry disposition/size mapping.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildStoredZip } from "@/lib/zip/stored-zip";
import { FOUNDRY_DISPOSITION, toFoundryToken } from "@/lib/tokens/foundry-token";

test("unzip accepts the archive and returns the exact bytes, UTF-8 names included", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "zip-"));
  try {
    const binary = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 31) % 256));
    const zip = path.join(dir, "t.zip");
    const bytes = buildStoredZip([
      { name: "a/b.bin", data: binary },
      { name: "drache-ä.json", data: Buffer.from("{}") },
      { name: "empty.txt", data: Buffer.alloc(0) },
    ]);
    writeFileSync(zip, bytes);
    execFileSync("unzip", ["-tq", zip]);
    // zipinfo prints non-ASCII names through the (C) locale, so the UTF-8 name is checked in the bytes.
    expect(execFileSync("zipinfo", ["-1", zip]).toString().trim().split("\n")).toHaveLength(3);
    expect(bytes.includes(Buffer.from("drache-ä.json", "utf8"))).toBe(true);
    expect(bytes.readUInt16LE(6) & 0x0800).toBe(0x0800); // the UTF-8 names flag
    expect(execFileSync("unzip", ["-p", zip, "a/b.bin"]).equals(binary)).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("Foundry token data: dispositions -1/0/1, grid units, unlinked", () => {
  expect(FOUNDRY_DISPOSITION).toEqual({ HOSTILE: -1, NEUTRAL: 0, FRIENDLY: 1, PC: 1 });
  const token = toFoundryToken({
    name: "Tarrasque",
    disposition: "HOSTILE",
    creatureSize: "GARGANTUAN",
    gridWidth: 4,
    gridHeight: 4,
    textureSrc: "arcane-forge/tokens/t.webp",
  });
  expect(token).toMatchObject({
    name: "Tarrasque",
    width: 4,
    height: 4,
    disposition: -1,
    actorLink: false,
    texture: { src: "arcane-forge/tokens/t.webp" },
    sight: { enabled: false },
  });
});
