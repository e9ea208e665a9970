// The streaming zip writer read back by unzip, and read lazily: one entry opened at a time.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { streamedZipSize, streamStoredZip, type StreamedZipEntry } from "@/lib/zip/streaming-zip";

const entry = (name: string, data: Buffer, opened: string[] = []): StreamedZipEntry => ({
  name,
  size: data.length,
  open: async () => {
    opened.push(name);
    // Several chunks, so the CRC is carried across them.
    return [data.subarray(0, 1000), data.subarray(1000)];
  },
});

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
  return Buffer.concat(chunks);
}

test("unzip accepts the streamed archive and returns the exact bytes; its size is known up front", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "zip-"));
  try {
    const binary = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 31) % 256));
    const entries = [
      entry("a/b.bin", binary),
      entry("drache-ä.json", Buffer.from("{}")),
      entry("empty.txt", Buffer.alloc(0)),
    ];
    const bytes = await readAll(streamStoredZip(entries));
    expect(bytes.length).toBe(streamedZipSize(entries));
    const zip = path.join(dir, "t.zip");
    writeFileSync(zip, bytes);
    execFileSync("unzip", ["-tq", zip]);
    expect(execFileSync("zipinfo", ["-1", zip]).toString().trim().split("\n")).toHaveLength(3);
    expect(execFileSync("unzip", ["-p", zip, "a/b.bin"]).equals(binary)).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("opens each entry only when the reader gets to it, and stops when the reader cancels", async () => {
  const opened: string[] = [];
  const big = Buffer.alloc(5000, 7);
  const reader = streamStoredZip([
    entry("one", big, opened),
    entry("two", big, opened),
    entry("three", big, opened),
  ]).getReader();
  await reader.read(); // the first local header
  expect(opened).toEqual([]);
  await reader.read(); // the first chunk of the first file
  expect(opened).toEqual(["one"]);
  await reader.cancel();
  expect(opened).toEqual(["one"]);
});

test("fails the stream rather than writing a wrong archive when a file's size changed", async () => {
  const liar: StreamedZipEntry = { name: "x", size: 10, open: async () => [Buffer.alloc(4)] };
  await expect(readAll(streamStoredZip([liar]))).rejects.toThrow(/shrank/);
});
