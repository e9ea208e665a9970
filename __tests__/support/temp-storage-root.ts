import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/**
 * Points STORAGE_ROOT at a fresh temp directory for this test file: created in beforeAll,
 * removed (and the previous STORAGE_ROOT restored, so later files in the same worker are not
 * affected) in afterAll. Returns a getter because the directory only exists once beforeAll ran.
 * `emptyBeforeEach`: files outlive resetDatabase(), so tests that count files start empty.
 */
export function withTempStorageRoot(prefix: string, options: { emptyBeforeEach?: boolean } = {}): () => string {
  const saved = process.env.STORAGE_ROOT;
  let root = "";
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), prefix));
    process.env.STORAGE_ROOT = root;
  });
  if (options.emptyBeforeEach) {
    beforeEach(async () => {
      for (const entry of await readdir(root)) await rm(path.join(root, entry), { recursive: true, force: true });
    });
  }
  afterAll(async () => {
    if (saved === undefined) delete process.env.STORAGE_ROOT;
    else process.env.STORAGE_ROOT = saved;
    await rm(root, { recursive: true, force: true });
  });
  return () => root;
}
