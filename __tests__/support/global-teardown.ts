// Jest global teardown: stops the embedded PostgreSQL of global-setup.ts and deletes its folder
// (a no-op when TEST_DATABASE_URL was used). Runs in the same process, so globalThis is shared.
export default async function globalTeardown(): Promise<void> {
  const database = globalThis.__arcaneForgeTestDatabase;
  globalThis.__arcaneForgeTestDatabase = undefined;
  await database?.stop();
}
