// The one Prisma client of a process, on PostgreSQL through @prisma/adapter-pg.
// Deliberately no `import "server-only"`: that package throws outside React Server environments,
// and this module is also loaded by tsx scripts (launcher, migrate, seed) and by Jest.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

type ClientHolder = { prismaClient?: PrismaClient };

// Next's dev server re-evaluates modules on every edit; keeping the client on globalThis stops
// each reload from opening another connection pool. In production a module lives once anyway.
const holder: ClientHolder =
  process.env.NODE_ENV === "production"
    ? {}
    : ((globalThis as { __arcaneForgeDb?: ClientHolder }).__arcaneForgeDb ??= {});

function createPrismaClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm run dev` / `npm start` (they start an embedded " +
        "PostgreSQL and set it), or point DATABASE_URL at a PostgreSQL database.",
    );
  }
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

export function getPrisma(): PrismaClient {
  return (holder.prismaClient ??= createPrismaClient());
}

/**
 * The client, created on first use: importing this module never needs DATABASE_URL, so code that
 * imports it can load (build, tests of other parts) before the database is known.
 */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getPrisma();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
  has: (_target, property) => Reflect.has(getPrisma(), property),
});

/** Closes the pool (tests' afterAll, scripts before exit); the next use opens a new one. */
export async function disconnectPrisma(): Promise<void> {
  const client = holder.prismaClient;
  holder.prismaClient = undefined;
  await client?.$disconnect();
}
