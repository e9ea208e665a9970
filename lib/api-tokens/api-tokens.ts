import "server-only";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { API_TOKEN_PREFIX, hashApiToken } from "@/lib/http/api-token";
import type { ApiTokenListResponse, ApiTokenView, CreatedApiTokenResponse } from "@/lib/schemas/api-tokens-response";

/**
 * A user's personal API tokens. The secret is 32 random bytes, shown once; only its SHA-256 and a
 * short prefix (to tell tokens apart in the list) are stored. Revoking keeps the row, marked, so
 * the list still shows when it was last used. The boundary (lib/http/api-token.ts) checks them.
 */

const PREFIX_LENGTH = API_TOKEN_PREFIX.length + 6;
type Row = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

function toView(row: Row): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export async function createApiToken(userId: string, name: string): Promise<CreatedApiTokenResponse> {
  const secret = `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const row = await prisma.apiToken.create({
    data: { userId, name, tokenHash: hashApiToken(secret), prefix: secret.slice(0, PREFIX_LENGTH) },
  });
  return { token: toView(row), secret };
}

export async function listApiTokens(userId: string): Promise<ApiTokenListResponse> {
  const rows = await prisma.apiToken.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "asc" }] });
  return { tokens: rows.map(toView) };
}

async function ownToken(userId: string, tokenId: string) {
  const row = await prisma.apiToken.findFirst({ where: { id: tokenId, userId } });
  if (!row) throw notFound("API token");
  return row;
}

export async function renameApiToken(userId: string, tokenId: string, name: string): Promise<ApiTokenView> {
  await ownToken(userId, tokenId);
  const row = await prisma.apiToken.update({ where: { id: tokenId }, data: { name } });
  return toView(row);
}

/** Revoked at once: the next request with it is a 401. Revoking twice keeps the first time. */
export async function revokeApiToken(userId: string, tokenId: string): Promise<ApiTokenView> {
  const row = await ownToken(userId, tokenId);
  const revoked = row.revokedAt
    ? row
    : await prisma.apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() } });
  return toView(revoked);
}
