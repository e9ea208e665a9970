// Bad input is a 400 in the one error shape with nothing changed, never a 500.
import { createTestUser, resetDatabase } from "../support/db";
import { withTempStorageRoot } from "../support/temp-storage-root";
import * as images from "@/app/api/gallery/images/route";
import * as campaigns from "@/app/api/campaigns/route";
import * as characters from "@/app/api/characters/route";
import { prisma } from "@/lib/db/client";
import { call, smallPng } from "./gallery-helpers";

withTempStorageRoot("bad-input-");
beforeEach(resetDatabase);

const cursor = (value: unknown) =>
  Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");

async function expect400(result: { status: number; body: { error?: { code: string; message: string } } }) {
  expect(result.status).toBe(400);
  expect(result.body.error).toEqual(expect.objectContaining({ code: "VALIDATION", message: expect.any(String) }));
}

describe("bad input is a 400", () => {
  it("refuses NUL characters in JSON bodies, queries and form fields, storing nothing", async () => {
    const user = await createTestUser();
    const before = await prisma.campaign.count();
    await expect400(
      await call(campaigns.POST, user, "/api/campaigns", { method: "POST", body: { name: "Curse\u0000of Strahd" } }),
    );
    expect(await prisma.campaign.count()).toBe(before);
    await expect400(await call(images.GET, user, "/api/gallery/images?q=dra%00gon"));
    await expect400(await call(images.GET, user, "/api/gallery/images?model=x%00"));
    const data = new FormData();
    data.set("file", new Blob([new Uint8Array(await smallPng())]), "map.png");
    data.set("tags", "forest,\u0000");
    await expect400(await call(images.POST, user, "/api/gallery/images", { method: "POST", form: data }));
    expect(await prisma.image.count()).toBe(0);
  });

  it("refuses names with characters XML cannot hold (they would break every SVG picture of the name)", async () => {
    const user = await createTestUser();
    for (const name of ["Bell\u0007ringer", "Half\ud800moon", "Odd\uffff"]) {
      const body = { name, race: "Human", character_class: "Fighter" };
      await expect400(await call(characters.POST, user, "/api/characters", { method: "POST", body }));
    }
    expect(await prisma.characterProfile.count()).toBe(0);
    const fine = await call(characters.POST, user, "/api/characters", {
      method: "POST",
      body: { name: "Æsa\tof 🐉 Hill", race: "Human", character_class: "Fighter" },
    });
    expect(fine.status).toBe(201);
  });

  it("cleans such characters out of an uploaded file's name", async () => {
    const user = await createTestUser();
    const data = new FormData();
    data.set("file", new Blob([new Uint8Array(await smallPng())]), "old\u0001map.png");
    const result = await call(images.POST, user, "/api/gallery/images", { method: "POST", form: data });
    expect(result.status).toBe(201);
    expect((await prisma.asset.findFirstOrThrow()).name).toBe("oldmap");
  });

  it("refuses corrupt and out-of-range gallery cursors", async () => {
    const user = await createTestUser();
    const uuid = "8c0e6c55-2c4e-4d8c-9a3e-6f1f1f1f1f1f";
    for (const value of [
      "garbage",
      cursor("5"),
      cursor("null"),
      cursor("[]"),
      cursor({ o: 1e300 }),
      cursor({ o: -1 }),
      cursor({ t: "+275760-09-13T00:00:00.000Z", id: uuid }),
      cursor({ t: "0000-01-01T00:00:00Z", id: uuid }),
      cursor({ t: 5, id: uuid }),
      cursor({ t: "2026-01-01T00:00:00Z", id: "not-a-uuid" }),
    ]) {
      for (const sort of ["newest", "oldest", "name"]) {
        await expect400(await call(images.GET, user, `/api/gallery/images?sort=${sort}&cursor=${value}`));
      }
    }
  });

  it("refuses out-of-range dates in the gallery filters", async () => {
    const user = await createTestUser();
    for (const qs of [
      "from=0000-01-01",
      "to=99999-01-01",
      "from=2026-02-30",
      "from=%2B275760-09-13T00:00:00Z",
      "to=1969-13-01",
    ]) {
      await expect400(await call(images.GET, user, `/api/gallery/images?${qs}`));
    }
    expect((await call(images.GET, user, "/api/gallery/images?from=2026-01-01&to=2026-12-31T23:59:59Z")).status).toBe(
      200,
    );
  });

  it("refuses over-long tags on a multipart upload, storing nothing", async () => {
    const user = await createTestUser();
    const data = new FormData();
    data.set("file", new Blob([new Uint8Array(await smallPng())]), "map.png");
    data.set("tags", `forest,${"x".repeat(5000)}`);
    await expect400(await call(images.POST, user, "/api/gallery/images", { method: "POST", form: data }));
    expect(await prisma.image.count()).toBe(0);
    expect(await prisma.asset.count()).toBe(0);
  });
});
