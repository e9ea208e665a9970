// Runs an embedded PostgreSQL in a process of its own, the way an external server runs, for
// tests that need a second server. Usage: tsx run-embedded-postgres.ts <dataDir>
// Prints one JSON line {"url","dataDir"} once ready; stops the server when stdin closes.
import { startEmbeddedPostgres } from "../../lib/db/embedded";

async function main() {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error("usage: run-embedded-postgres.ts <dataDir>");
  const server = await startEmbeddedPostgres({ dataDir, persistent: false, database: "external_app" });
  process.stdout.write(`${JSON.stringify({ url: server.url, dataDir: server.dataDir })}\n`);
  process.stdin.on("end", () => {
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
  process.stdin.resume();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
