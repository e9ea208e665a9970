-- NPCs as campaign records (their asset, kind NPC, carries who sees them), tokens that point at an
-- NPC, personal API tokens (stored as a SHA-256 hash), and a character's text-to-speech voice.

ALTER TYPE "AssetKind" ADD VALUE 'NPC';

ALTER TABLE "CharacterProfile" ADD COLUMN "voiceId" TEXT,
ADD COLUMN "voiceSettings" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN "voiceArchetype" TEXT;

CREATE TABLE "ApiToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");
CREATE INDEX "ApiToken_userId_createdAt_idx" ON "ApiToken"("userId", "createdAt" DESC);
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "Npc" (
    "id" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "campaignId" UUID NOT NULL,
    "assetId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "race" TEXT NOT NULL DEFAULT '',
    "characterClass" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "personality" TEXT NOT NULL DEFAULT '',
    "alignment" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Npc_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Npc_assetId_key" ON "Npc"("assetId");
CREATE INDEX "Npc_campaignId_name_idx" ON "Npc"("campaignId", "name");
ALTER TABLE "Npc" ADD CONSTRAINT "Npc_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Npc" ADD CONSTRAINT "Npc_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Npc" ADD CONSTRAINT "Npc_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "Token" ADD COLUMN "npcId" UUID;
CREATE INDEX "Token_npcId_idx" ON "Token"("npcId");
ALTER TABLE "Token" ADD CONSTRAINT "Token_npcId_fkey" FOREIGN KEY ("npcId") REFERENCES "Npc"("id") ON DELETE SET NULL ON UPDATE CASCADE;
