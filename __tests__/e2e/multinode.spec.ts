import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, request as apiRequest, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import { runningEmbeddedDatabaseUrl } from "@/lib/db/embedded";
import { freePort } from "@/lib/ops/free-port";
import { startFakeOpenAI, type FakeOpenAI } from "../support/fake-providers";
import { bucketKeys, startS3Server, type TestS3Server } from "../support/s3-server";
import { connectError, pollUntil, startAppProcess, type AppProcess } from "./support/processes";

// Two web processes (`npm start`'s launcher, each behind its own front server) and two
// `npm run worker` processes, each with its own local disk, sharing one PostgreSQL database and
// one S3 bucket (s3rver on 127.0.0.1): what a deployment behind a load balancer looks like.
// No browser pages: the request API talks to each node as a load balancer would send it there.

const PASSWORD = "a long enough passphrase";
const KEY = "sk-multinode-provider-key";
const secrets = {
  AUTH_SECRET: `multinode-auth-${randomBytes(16).toString("hex")}`,
  ENCRYPTION_KEY: randomBytes(32).toString("base64"),
};

type Node = { name: string; process: AppProcess; port: number; base: string; root: string };
type Cluster = {
  web1: Node;
  web2: Node;
  workerA: Node;
  workerB?: Node;
  workerC?: Node;
  db: pg.Client;
  dbName: string;
  s3: TestS3Server;
  bucket: string;
  fake: FakeOpenAI;
  env: (node: { root: string }) => Record<string, string | undefined>;
};
let cluster: Cluster | undefined;
const everyProcess: AppProcess[] = [];
const folders: string[] = [];

test.afterAll(async () => {
  // Each process's log beside the test results, for reading a failure.
  await mkdir("test-results", { recursive: true });
  for (const process of everyProcess)
    await writeFile(path.join("test-results", `multinode-${process.name}.log`), process.lines.join("\n"));
  for (const process of everyProcess) process.kill();
  await Promise.all(everyProcess.map((process) => process.exited));
  if (cluster) {
    await cluster.db.query(`DROP DATABASE IF EXISTS "${cluster.dbName}" WITH (FORCE)`).catch(() => undefined);
    await cluster.db.end();
    await cluster.s3.stop();
    await cluster.fake.close();
  }
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

async function startCluster(): Promise<Cluster> {
  // A database of its own in the suite's PostgreSQL: the suite's server (port 3100) runs an
  // in-process worker on its own database, which must not take these jobs.
  const serverUrl = runningEmbeddedDatabaseUrl(".data/e2e-postgres");
  if (!serverUrl) throw new Error("the e2e database is not running (start the suite with npm run test:e2e)");
  const db = new pg.Client({ connectionString: serverUrl });
  await db.connect();
  const dbName = `multinode_${randomBytes(4).toString("hex")}`;
  await db.query(`CREATE DATABASE "${dbName}"`);
  const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${dbName}` }).toString();

  const s3 = await startS3Server();
  const bucket = await s3.createBucket("multinode");
  const fake = await startFakeOpenAI({ requiredKey: KEY });
  const env = (node: { root: string }): Record<string, string | undefined> => ({
    ...inheritedEnv(),
    ...secrets,
    DATABASE_URL: databaseUrl,
    ...s3.storageEnv(bucket),
    STORAGE_ROOT: node.root, // each node's own disk: nothing may land there
    ALLOWED_PRIVATE_PROVIDER_HOSTS: new URL(fake.origin).host,
    GENERATION_HEARTBEAT_MS: "500",
    SIGN_UP_LIMIT_PER_HOUR: "1000",
    LOG_FORMAT: "json",
  });
  const node = async (
    name: string,
    script: string,
    extra: (port: number) => Record<string, string | undefined>,
  ): Promise<Node> => {
    const port = await freePort();
    const root = await mkdtemp(path.join(os.tmpdir(), `multinode-${name}-`));
    folders.push(root);
    const started = startAppProcess(name, script, script.endsWith("launch.ts") ? ["start"] : [], {
      ...env({ root }),
      ...extra(port),
    });
    everyProcess.push(started);
    return { name, process: started, port, base: `http://127.0.0.1:${port}`, root };
  };
  const web = (port: number) => ({
    PORT: String(port),
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    GENERATION_IN_PROCESS_WORKER: "false", // generation is the workers' alone
  });
  const web1 = await node("web1", "scripts/launch.ts", web);
  const web2 = await node("web2", "scripts/launch.ts", web);
  const workerA = await node("workerA", "scripts/worker.ts", () => ({ GENERATION_WORKER_CONCURRENCY: "4" }));
  for (const web of [web1, web2]) {
    await pollUntil(
      `${web.name} ready`,
      async () => (await fetch(`${web.base}/api/ready`)).status,
      (status) => status === 200,
      180_000,
    );
  }
  await pollUntil(
    "worker A started",
    async () => workerA.process.lines.some((line) => line.includes("[generation] worker started")),
    (started) => started,
    60_000,
  );
  return { web1, web2, workerA, db, dbName, s3, bucket, fake, env };
}

/** A browser-like client: one cookie jar whatever node it talks to (the cookie is per host, not port). */
async function signedUpUser(web: Node, name: string): Promise<{ api: APIRequestContext; email: string }> {
  const api = await apiRequest.newContext();
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}@example.com`;
  const headers = { origin: web.base };
  expect(
    (await api.post(`${web.base}/api/auth/sign-up`, { headers, data: { name, email, password: PASSWORD } })).status(),
  ).toBe(201);
  const { csrfToken } = (await (await api.get(`${web.base}/api/auth/csrf`)).json()) as { csrfToken: string };
  const signedIn = await api.post(`${web.base}/api/auth/callback/credentials`, {
    headers,
    form: { csrfToken, email, password: PASSWORD, callbackUrl: web.base, json: "true" },
  });
  expect(signedIn.ok()).toBe(true);
  const session = (await (await api.get(`${web.base}/api/auth/session`)).json()) as { user?: { email?: string } };
  expect(session.user?.email).toBe(email);
  return { api, email };
}

const send = (web: Node) => ({ headers: { origin: web.base } });
const filesUnder = async (root: string) =>
  (await readdir(root, { recursive: true })).filter((entry) => entry.includes("."));

test("two web and two worker processes share one database and one bucket", async () => {
  test.setTimeout(480_000);
  const c = (cluster = await startCluster());
  const { web1, web2 } = c;
  const dm = await signedUpUser(web1, "Dungeon Master");
  const owner = await queryOne<{ id: string }>(c, `SELECT id FROM "User" WHERE email = $1`, [dm.email]);

  await test.step("an image generated through web 1 by worker A is served by web 2", async () => {
    const { profiles } = (await (await dm.api.get(`${web1.base}/api/profiles`)).json()) as {
      profiles: Array<{ id: string; kind: string }>;
    };
    const builtin = profiles.find((profile) => profile.kind === "BUILTIN")!;
    const made = await dm.api.post(`${web1.base}/api/images/generate`, {
      ...send(web1),
      data: { prompt: "a dwarf cleric in a torchlit hall", profileId: builtin.id, options: { seed: 11 } },
    });
    expect(made.status()).toBe(200);
    const [image] = ((await made.json()) as { data: Array<{ id: string; url: string }> }).data;
    const fromWeb1 = await dm.api.get(`${web1.base}${image.url}`);
    const fromWeb2 = await dm.api.get(`${web2.base}${image.url}`);
    expect([fromWeb1.status(), fromWeb2.status()]).toEqual([200, 200]);
    expect(Buffer.compare(await fromWeb1.body(), await fromWeb2.body())).toBe(0);
    const thumbnail = await dm.api.get(`${web2.base}${image.url}?width=128&format=webp`);
    expect(thumbnail.status()).toBe(200);
    expect(thumbnail.headers()["content-type"]).toBe("image/webp");
    // The file lives in the bucket under the local layout, not on any node's own disk.
    const stored = await queryOne<{ path: string }>(c, `SELECT path FROM "Image" WHERE id = $1`, [image.id]);
    expect(await bucketKeys(c.s3.client, c.bucket)).toContain(`generated/${stored.path}`);
    for (const node of [web1, web2, c.workerA]) expect(await filesUnder(node.root)).toEqual([]);
  });

  await test.step("sign-in limits key by the socket's address: a client's own address header is ignored", async () => {
    const stranger = await apiRequest.newContext();
    const forged = { origin: web1.base, "x-arcane-client-address": "203.0.113.66", "x-arcane-front-secret": "guess" };
    const { csrfToken } = (await (await stranger.get(`${web1.base}/api/auth/csrf`)).json()) as { csrfToken: string };
    await stranger.post(`${web1.base}/api/auth/callback/credentials`, {
      headers: forged,
      form: { csrfToken, email: dm.email, password: "not the password", callbackUrl: web1.base, json: "true" },
    });
    const keys = (await queryAll<{ key: string }>(c, `SELECT key FROM "LoginThrottle"`, [])).map((row) => row.key);
    expect(keys).toContain("ip:127.0.0.1");
    expect(keys.filter((key) => key.includes("203.0.113.66"))).toEqual([]);
    await stranger.dispose();
  });

  await test.step("worker A killed in the middle of a batch: worker B makes it, nothing lost or doubled", async () => {
    const profile = await dm.api.post(`${web1.base}/api/profiles`, {
      ...send(web1),
      data: {
        name: "Slow provider",
        kind: "OPENAI_COMPATIBLE",
        baseUrl: c.fake.baseUrl,
        apiKey: KEY,
        imageModel: "dall-e-2",
      },
    });
    expect(profile.status(), await profile.text()).toBe(201);
    const profileId = ((await profile.json()) as { profile: { id: string } }).profile.id;
    c.fake.delayMs = 120_000; // worker A's call will not be answered
    const started = await dm.api.post(`${web1.base}/api/images/generate`, {
      ...send(web1),
      data: { prompt: "a lighthouse in a storm", profileId, options: { n: 2 }, wait: false },
    });
    expect(started.status(), await started.text()).toBe(202);
    const batch = (await started.json()) as { batchId: string; generations: Array<{ id: string }> };
    await pollUntil(
      "worker A to call the provider",
      async () => ({
        calls: c.fake.requests.filter((request) => request.path.includes("/images/generations")).length,
        rows: await queryAll(
          c,
          `SELECT g.status, g.error, p."baseUrl" FROM "Generation" g JOIN "ConnectionProfile" p ON p.id = g."profileId" WHERE g."batchId" = $1`,
          [batch.batchId],
        ),
      }),
      ({ calls }) => calls === 1,
      60_000,
    );
    const held = await generationRows(c, batch.batchId);
    expect(held.map((row) => [row.status, row.attempts])).toEqual([
      ["GENERATING", 1],
      ["GENERATING", 1],
    ]);

    // Worker B starts only now, so the batch can only reach it through recovery.
    c.workerB = await startWorker(c, "workerB");
    c.workerA.process.signal("SIGKILL");
    await c.workerA.process.exited;
    c.fake.delayMs = 0;
    for (const { id } of batch.generations) {
      const done = await pollUntil(
        `generation ${id} completed (asked through web 2)`,
        async () => (await (await dm.api.get(`${web2.base}/api/generations/${id}`)).json()) as { status: string },
        (state) => state.status === "COMPLETED",
        90_000,
      );
      expect(done).toMatchObject({ status: "COMPLETED", attempts: 2 });
    }
    const rows = await generationRows(c, batch.batchId);
    expect(rows.map((row) => [row.status, row.attempts, row.images])).toEqual([
      ["COMPLETED", 2, 1],
      ["COMPLETED", 2, 1],
    ]);
    expect(c.fake.requests.filter((request) => request.path.includes("/images/generations"))).toHaveLength(2);
    // One object per image of this user, no orphan from the killed worker, nothing on local disks.
    const images = await queryAll<{ path: string }>(c, `SELECT path FROM "Image" WHERE "ownerId" = $1`, [owner.id]);
    const objects = (await bucketKeys(c.s3.client, c.bucket)).filter((key) => key.startsWith(`generated/${owner.id}/`));
    expect(objects.sort()).toEqual(images.map((row) => `generated/${row.path}`).sort());
    for (const node of [web1, web2, c.workerA, c.workerB]) expect(await filesUnder(node.root)).toEqual([]);
  });

  await test.step("a player removed on web 1 is refused on web 2's next request", async () => {
    const campaign = (await (
      await dm.api.post(`${web1.base}/api/campaigns`, { ...send(web1), data: { name: "The Drowned Crypt" } })
    ).json()) as { campaign_id: string; invite_code: string };
    const madeMap = await dm.api.post(`${web1.base}/api/generate/map`, {
      ...send(web1),
      data: { campaignId: campaign.campaign_id, mapType: "dungeon", width: 16, height: 12, seed: "multinode" },
    });
    expect(madeMap.status(), await madeMap.text()).toBe(201);
    const map = (await madeMap.json()) as { id: string };
    const revealed = await dm.api.put(`${web1.base}/api/visibility`, {
      ...send(web1),
      data: { visibility: "party", items: [{ type: "map", id: map.id }] },
    });
    expect(revealed.status(), await revealed.text()).toBe(200);

    const player = await signedUpUser(web2, "Player One");
    const character = (await (
      await player.api.post(`${web2.base}/api/characters`, {
        ...send(web2),
        data: { name: "Vex", race: "tiefling", character_class: "warlock" },
      })
    ).json()) as { character_id: string };
    const joined = await player.api.post(`${web2.base}/api/campaigns/join`, {
      ...send(web2),
      data: { invite_code: campaign.invite_code, character_id: character.character_id },
    });
    expect(joined.status(), await joined.text()).toBe(201);
    // Web 2 has now said yes to this player for the map's picture (and remembers it).
    const seen = (await (await player.api.get(`${web2.base}/api/maps/${map.id}`)).json()) as { imageUrl: string };
    expect((await player.api.get(`${web2.base}${seen.imageUrl}`)).status()).toBe(200);
    expect((await player.api.get(`${web2.base}/api/campaigns/${campaign.campaign_id}`)).status()).toBe(200);

    const removed = await dm.api.delete(
      `${web1.base}/api/campaigns/${campaign.campaign_id}/characters/${character.character_id}`,
      send(web1),
    );
    expect(removed.status(), await removed.text()).toBe(204);
    expect((await player.api.get(`${web2.base}${seen.imageUrl}`)).status()).toBe(404);
    expect((await player.api.get(`${web2.base}/api/maps/${map.id}`)).status()).toBe(404);
    expect((await player.api.get(`${web2.base}/api/campaigns/${campaign.campaign_id}`)).status()).toBe(404);
    await player.api.dispose();
  });

  await test.step("SIGTERM: web 2 drains (the request in flight is answered, new ones refused) and exits 0", async () => {
    const { profiles } = (await (await dm.api.get(`${web2.base}/api/profiles`)).json()) as {
      profiles: Array<{ id: string; kind: string }>;
    };
    const slow = profiles.find((profile) => profile.kind === "OPENAI_COMPATIBLE")!;
    c.fake.delayMs = 3_000;
    const callsBefore = c.fake.requests.length;
    const inFlight = dm.api.post(`${web2.base}/api/images/generate`, {
      ...send(web2),
      data: { prompt: "a ship at anchor", profileId: slow.id },
      timeout: 60_000,
    });
    await pollUntil(
      "the provider to be called",
      async () => c.fake.requests.length,
      (n) => n > callsBefore,
      30_000,
    );
    web2.process.signal("SIGTERM");
    await pollUntil(
      "web 2 to stop accepting",
      () => connectError(web2.port),
      (code) => code === "ECONNREFUSED",
      10_000,
    );
    const answer = await inFlight;
    expect(answer.status()).toBe(200);
    expect(((await answer.json()) as { data: unknown[] }).data).toHaveLength(1);
    expect(await web2.process.exited).toBe(0);
    expect((await dm.api.get(`${web1.base}/api/health`)).status()).toBe(200); // the other node carries on
  });

  await test.step("SIGTERM: worker B exits 0", async () => {
    c.workerB!.process.signal("SIGTERM");
    expect(await c.workerB!.process.exited).toBe(0);
  });

  await test.step("SIGTERM: a web process running its own worker hands its batch back; another worker makes it", async () => {
    const web3 = await startWeb(c, "web3", { GENERATION_IN_PROCESS_WORKER: "true", SHUTDOWN_GRACE_MS: "500" });
    const { profiles } = (await (await dm.api.get(`${web3.base}/api/profiles`)).json()) as {
      profiles: Array<{ id: string; kind: string }>;
    };
    const slow = profiles.find((profile) => profile.kind === "OPENAI_COMPATIBLE")!;
    c.fake.delayMs = 120_000;
    const callsBefore = c.fake.requests.length;
    const started = await dm.api.post(`${web3.base}/api/images/generate`, {
      ...send(web3),
      data: { prompt: "a tower at dusk", profileId: slow.id, wait: false },
    });
    expect(started.status(), await started.text()).toBe(202);
    const batch = (await started.json()) as { batchId: string; generations: Array<{ id: string }> };
    await pollUntil(
      "web 3 to call the provider",
      async () => c.fake.requests.length,
      (n) => n > callsBefore,
      30_000,
    );
    web3.process.signal("SIGTERM");
    expect(await web3.process.exited).toBe(0);
    expect((await generationRows(c, batch.batchId)).map((row) => [row.status, row.attempts, row.images])).toEqual([
      ["PENDING", 1, 0],
    ]);

    c.fake.delayMs = 0;
    c.workerC = await startWorker(c, "workerC");
    const [{ id }] = batch.generations;
    const done = await pollUntil(
      `generation ${id} completed`,
      async () => (await (await dm.api.get(`${web1.base}/api/generations/${id}`)).json()) as { status: string },
      (state) => state.status === "COMPLETED",
      60_000,
    );
    expect(done).toMatchObject({ status: "COMPLETED", attempts: 2 });
    expect((await generationRows(c, batch.batchId)).map((row) => row.images)).toEqual([1]);
    c.workerC.process.signal("SIGTERM");
    expect(await c.workerC.process.exited).toBe(0);
  });

  await test.step("every line every process wrote is one JSON object, with no secret in any", async () => {
    expect(everyProcess.length).toBe(6);
    for (const process of everyProcess) {
      for (const line of process.lines) {
        const record = JSON.parse(line) as Record<string, unknown>;
        expect(Object.keys(record)).toEqual(expect.arrayContaining(["time", "level", "msg"]));
        expect(line).not.toContain(secrets.AUTH_SECRET);
        expect(line).not.toContain(secrets.ENCRYPTION_KEY);
        expect(line).not.toContain(KEY);
      }
    }
  });
  await dm.api.dispose();
});

async function startWeb(c: Cluster, name: string, extra: Record<string, string>): Promise<Node> {
  const root = await mkdtemp(path.join(os.tmpdir(), `multinode-${name}-`));
  folders.push(root);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = startAppProcess(name, "scripts/launch.ts", ["start"], {
    ...c.env({ root }),
    PORT: String(port),
    NEXTAUTH_URL: base,
    ...extra,
  });
  everyProcess.push(started);
  await pollUntil(
    `${name} ready`,
    async () => (await fetch(`${base}/api/ready`)).status,
    (status) => status === 200,
    180_000,
  );
  return { name, process: started, port, base, root };
}

async function startWorker(c: Cluster, name: string): Promise<Node> {
  const root = await mkdtemp(path.join(os.tmpdir(), `multinode-${name}-`));
  folders.push(root);
  const started = startAppProcess(name, "scripts/worker.ts", [], {
    ...c.env({ root }),
    GENERATION_WORKER_CONCURRENCY: "4",
  });
  everyProcess.push(started);
  await pollUntil(
    `${name} started`,
    async () => started.lines.some((line) => line.includes("[generation] worker started")),
    (ready) => ready,
    60_000,
  );
  return { name, process: started, port: 0, base: "", root };
}

/** A query on the cluster's own database (the suite's server answers for another one). */
async function queryAll<T extends pg.QueryResultRow>(c: Cluster, sql: string, values: unknown[]): Promise<T[]> {
  const connection = new pg.Client({ connectionString: c.env({ root: "" }).DATABASE_URL });
  await connection.connect();
  try {
    return (await connection.query<T>(sql, values)).rows;
  } finally {
    await connection.end();
  }
}

async function queryOne<T extends pg.QueryResultRow>(c: Cluster, sql: string, values: unknown[]): Promise<T> {
  const [row] = await queryAll<T>(c, sql, values);
  if (!row) throw new Error(`no row for ${sql}`);
  return row;
}

const generationRows = (c: Cluster, batchId: string) =>
  queryAll<{ status: string; attempts: number; images: number }>(
    c,
    `SELECT g.status, g.attempts, (SELECT count(*)::int FROM "Image" i WHERE i."generationId" = g.id) AS images
     FROM "Generation" g WHERE g."batchId" = $1 ORDER BY g.id`,
    [batchId],
  );

/** The runner's environment without what names the suite's own server (its port, database, folders). */
function inheritedEnv(): Record<string, string | undefined> {
  const env = { ...process.env };
  for (const name of ["PORT", "DATABASE_URL", "EMBEDDED_PG_DIR", "STORAGE_ROOT", "NEXTAUTH_URL", "STORAGE_DRIVER"])
    delete env[name];
  return env;
}
