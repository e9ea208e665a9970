/**
 * Runs one memory case in a process of its own and prints its peak RSS, so nothing else Jest holds
 * (other test files, the embedded PostgreSQL's clients, earlier allocations) blurs the figure:
 *
 *   node --expose-gc --import tsx __tests__/support/peak-rss/child.ts <zip|upload|provider>
 *
 * Each measured step: warm up (modules loaded, code paths compiled), collect garbage, reset the
 * kernel's high-water mark (`/proc/self/clear_refs` ← 5), read VmRSS as the baseline, run the step,
 * read VmHWM as the peak. The last stdout line is `PEAK_RSS {json}` with every step's figures in KB.
 * Inputs come from the environment the test sets (DATABASE_URL, STORAGE_ROOT, cookie, ids, URLs).
 */
import "../../../scripts/server-only-shim";
import { readFileSync, writeFileSync } from "node:fs";

type Step = { status: number; baselineKb: number; peakKb: number; growthKb: number; [key: string]: unknown };

function statusKb(field: "VmRSS" | "VmHWM"): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync("/proc/self/status", "utf8"));
  if (!match) throw new Error(`no ${field} in /proc/self/status`);
  return Number(match[1]);
}

/** Measures `run`'s peak RSS above the settled baseline before it. */
async function measure(run: () => Promise<Record<string, unknown> & { status: number }>): Promise<Step> {
  global.gc?.();
  global.gc?.();
  let baselineKb: number;
  try {
    writeFileSync("/proc/self/clear_refs", "5"); // VmHWM := current RSS
    baselineKb = statusKb("VmRSS");
  } catch {
    baselineKb = statusKb("VmHWM"); // no reset here: the old peak is the (conservative) baseline
  }
  const result = await run();
  const peakKb = statusKb("VmHWM");
  return { ...result, baselineKb, peakKb, growthKb: Math.max(0, peakKb - baselineKb) };
}

const ORIGIN = "http://localhost:3000";
const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const signedIn = (extra: Record<string, string> = {}) => ({
  cookie: env("PEAK_RSS_COOKIE"),
  origin: ORIGIN,
  "sec-fetch-site": "same-origin",
  ...extra,
});
const noParams = { params: Promise.resolve({}) };

/** Reads a body to its end, holding one chunk at a time. */
async function drain(body: ReadableStream<Uint8Array> | null): Promise<number> {
  let bytes = 0;
  if (!body) return bytes;
  const reader = body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) bytes += next.value.byteLength;
  return bytes;
}

async function zipCase(): Promise<Record<string, Step>> {
  const { GET } = await import("@/app/api/gallery/images/zip/route");
  const zip = async (ids: string) => {
    const response = await GET(
      new Request(`${ORIGIN}/api/gallery/images/zip?ids=${ids}`, { headers: signedIn() }),
      noParams,
    );
    const contentLength = Number(response.headers.get("content-length"));
    return { status: response.status, received: await drain(response.body), contentLength };
  };
  await zip(env("PEAK_RSS_WARMUP_IDS"));
  const streamed = await measure(() => zip(env("PEAK_RSS_IDS")));
  process.env.DOWNLOAD_ZIP_MAX_MB = env("PEAK_RSS_CAPPED_MB");
  const capped = await measure(() => zip(env("PEAK_RSS_IDS")));
  return { streamed, capped };
}

/** A multipart body of one file part `fileBytes` long, made as it is read (1 MB reused). */
function multipartStream(fileBytes: number, boundary: string): { stream: ReadableStream<Uint8Array>; length: number } {
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.png"\r\nContent-Type: image/png\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const block = Buffer.alloc(1024 * 1024, 0x41);
  let sent = -1;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === -1) {
        sent = 0;
        return controller.enqueue(new Uint8Array(head));
      }
      if (sent >= fileBytes) {
        controller.enqueue(new Uint8Array(tail));
        return controller.close();
      }
      const size = Math.min(block.length, fileBytes - sent);
      sent += size;
      controller.enqueue(new Uint8Array(block.subarray(0, size)));
    },
  });
  return { stream, length: head.length + fileBytes + tail.length };
}

async function uploadCase(): Promise<Record<string, Step>> {
  const { POST } = await import("@/app/api/gallery/images/route");
  const fileBytes = Number(env("PEAK_RSS_UPLOAD_MB")) * 1024 * 1024;
  const upload = async (declareLength: boolean, bytes = fileBytes) => {
    const boundary = "peak-rss-boundary";
    const { stream, length } = multipartStream(bytes, boundary);
    const headers: Record<string, string> = signedIn({ "content-type": `multipart/form-data; boundary=${boundary}` });
    if (declareLength) headers["content-length"] = String(length);
    const request = new Request(`${ORIGIN}/api/gallery/images`, {
      method: "POST",
      headers,
      body: stream,
      duplex: "half",
    } as RequestInit);
    const response = await POST(request, noParams);
    const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
    return { status: response.status, code: body?.error?.code };
  };
  await upload(false, 1024); // warm-up: a small (invalid) file through the same path
  const chunked = await measure(() => upload(false));
  const declared = await measure(() => upload(true));
  return { chunked, declared };
}

async function providerCase(): Promise<Record<string, Step>> {
  const { getAdapter } = await import("@/lib/providers/registry");
  const adapter = getAdapter("OPENAI_COMPATIBLE");
  const connection = { kind: "OPENAI_COMPATIBLE" as const, baseUrl: env("PEAK_RSS_PROVIDER_URL"), apiKey: "sk-peak" };
  const generate = async (path: string) => {
    try {
      await adapter.generateImages!(
        { ...connection, baseUrl: `${connection.baseUrl}${path}` },
        { prompt: "a castle", model: "dall-e-2", n: 1, size: "256x256", signal: AbortSignal.timeout(60_000) },
      );
      return { status: 200 };
    } catch (error) {
      const { kind, message } = error as { kind?: string; message?: string };
      return { status: 0, kind, message };
    }
  };
  await generate("/small");
  const streamed = await measure(() => generate("/huge"));
  return { streamed };
}

const cases: Record<string, () => Promise<Record<string, Step>>> = {
  zip: zipCase,
  upload: uploadCase,
  provider: providerCase,
};

async function main() {
  const name = process.argv[2];
  const run = cases[name];
  if (!run) throw new Error(`unknown case ${name}; one of ${Object.keys(cases).join(", ")}`);
  const steps = await run();
  process.stdout.write(`\nPEAK_RSS ${JSON.stringify(steps)}\n`);
  const { prisma } = await import("@/lib/db/client");
  await prisma.$disconnect();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
