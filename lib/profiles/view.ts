import type { ConnectionProfile } from "@/lib/generated/prisma/client";
import type { ProfileView } from "@/lib/schemas/profiles";

/**
 * The only shape a profile leaves the server in. Built field by field (not by spreading the row)
 * so a new secret column can never ride along into a response by accident.
 */
export function toProfileView(row: ConnectionProfile): ProfileView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    baseUrl: row.baseUrl,
    imageModel: row.imageModel,
    textModel: row.textModel,
    isDefault: row.isDefault,
    hasKey: row.apiKeyCiphertext !== null,
    keyLast4: row.apiKeyLast4 || null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
