-- CreateEnum
CREATE TYPE "ProviderKind" AS ENUM ('BUILTIN', 'OPENAI', 'GOOGLE', 'XAI', 'OPENROUTER', 'OLLAMA', 'OPENAI_COMPATIBLE', 'GAB_AI', 'ANTHROPIC');

-- CreateEnum
CREATE TYPE "CampaignRole" AS ENUM ('DM', 'PLAYER');

-- CreateEnum
CREATE TYPE "AssetKind" AS ENUM ('PORTRAIT', 'MAP', 'TOKEN', 'IMAGE');

-- CreateEnum
CREATE TYPE "GenerationStatus" AS ENUM ('PENDING', 'GENERATING', 'COMPLETED', 'FAILED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ImageSource" AS ENUM ('GENERATED', 'UPLOAD', 'IMPORT');

-- CreateEnum
CREATE TYPE "ImageTagType" AS ENUM ('CHARACTER', 'PERSONA', 'CHAT', 'THEME', 'CAMPAIGN', 'MAP');

-- CreateEnum
CREATE TYPE "TokenDisposition" AS ENUM ('PC', 'FRIENDLY', 'NEUTRAL', 'HOSTILE');

-- CreateEnum
CREATE TYPE "CreatureSize" AS ENUM ('TINY', 'SMALL', 'MEDIUM', 'LARGE', 'HUGE', 'GARGANTUAN');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "avatarUrl" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "firstFailureAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ConnectionProfile" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ProviderKind" NOT NULL,
    "baseUrl" TEXT,
    "apiKeyCiphertext" BYTEA,
    "apiKeyIv" BYTEA,
    "apiKeyTag" BYTEA,
    "apiKeyVersion" INTEGER,
    "apiKeyLast4" TEXT,
    "imageModel" TEXT,
    "textModel" TEXT,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConnectionProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "inviteCode" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignMember" (
    "id" UUID NOT NULL,
    "campaignId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "CampaignRole" NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CampaignMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CharacterProfile" (
    "id" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "race" TEXT NOT NULL,
    "characterClass" TEXT NOT NULL,
    "baseLevel" INTEGER NOT NULL DEFAULT 1,
    "gender" TEXT NOT NULL DEFAULT 'non-binary',
    "ageCategory" TEXT,
    "build" TEXT NOT NULL DEFAULT 'average',
    "heightDescription" TEXT,
    "facialExpression" TEXT NOT NULL DEFAULT 'determined',
    "facialFeatures" TEXT,
    "attire" TEXT,
    "primaryWeapon" TEXT,
    "distinguishingFeature" TEXT,
    "backgroundSetting" TEXT,
    "pose" TEXT,
    "backstory" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "appearance" TEXT NOT NULL DEFAULT '',
    "portraitStyle" TEXT,
    "portraitAssetId" UUID,
    "templateSlug" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CharacterProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CharacterTemplate" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "race" TEXT NOT NULL,
    "characterClass" TEXT NOT NULL,
    "profile" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CharacterTemplate_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "CharacterInfo" (
    "id" UUID NOT NULL,
    "campaignId" UUID NOT NULL,
    "characterId" UUID NOT NULL,
    "level" INTEGER,
    "hitPointsCurrent" INTEGER NOT NULL DEFAULT 10,
    "hitPointsMax" INTEGER NOT NULL DEFAULT 10,
    "armorClass" INTEGER NOT NULL DEFAULT 10,
    "status" TEXT NOT NULL DEFAULT 'healthy',
    "inventory" JSONB NOT NULL DEFAULT '[]',
    "location" TEXT,
    "quests" JSONB NOT NULL DEFAULT '[]',
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CharacterInfo_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Asset" (
    "id" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "campaignId" UUID,
    "kind" "AssetKind" NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "favoriteGenerationId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Asset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Generation" (
    "id" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "assetId" UUID NOT NULL,
    "profileId" UUID,
    "batchId" UUID,
    "status" "GenerationStatus" NOT NULL DEFAULT 'PENDING',
    "providerKind" "ProviderKind" NOT NULL,
    "model" TEXT,
    "prompt" TEXT NOT NULL,
    "enhancedPrompt" TEXT,
    "parameters" JSONB NOT NULL DEFAULT '{}',
    "errorCode" TEXT,
    "error" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "jobId" TEXT,
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Generation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Image" (
    "id" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "assetId" UUID,
    "generationId" UUID,
    "campaignId" UUID,
    "path" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "format" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "source" "ImageSource" NOT NULL,
    "generationPrompt" TEXT,
    "generationModel" TEXT,
    "revisedPrompt" TEXT,
    "isFavorite" BOOLEAN NOT NULL DEFAULT false,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Image_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImageTag" (
    "id" UUID NOT NULL,
    "imageId" UUID NOT NULL,
    "tagType" "ImageTagType" NOT NULL,
    "tagId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImageTag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Map" (
    "id" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "campaignId" UUID,
    "assetId" UUID NOT NULL,
    "generationId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "mapType" TEXT NOT NULL,
    "difficulty" TEXT NOT NULL,
    "seed" TEXT NOT NULL,
    "gridSizeFeet" INTEGER NOT NULL DEFAULT 5,
    "widthSquares" INTEGER NOT NULL,
    "heightSquares" INTEGER NOT NULL,
    "pixelsPerSquare" INTEGER NOT NULL DEFAULT 100,
    "layout" JSONB NOT NULL,
    "foundryScene" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Map_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Token" (
    "id" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "campaignId" UUID,
    "assetId" UUID NOT NULL,
    "characterId" UUID,
    "sourceImageId" UUID,
    "name" TEXT NOT NULL,
    "disposition" "TokenDisposition" NOT NULL,
    "creatureSize" "CreatureSize" NOT NULL DEFAULT 'MEDIUM',
    "gridWidth" DOUBLE PRECISION NOT NULL,
    "gridHeight" DOUBLE PRECISION NOT NULL,
    "style" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Token_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE INDEX "ConnectionProfile_userId_isDefault_idx" ON "ConnectionProfile"("userId", "isDefault");

-- CreateIndex
CREATE UNIQUE INDEX "ConnectionProfile_userId_name_key" ON "ConnectionProfile"("userId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_inviteCode_key" ON "Campaign"("inviteCode");

-- CreateIndex
CREATE INDEX "Campaign_ownerId_idx" ON "Campaign"("ownerId");

-- CreateIndex
CREATE INDEX "CampaignMember_userId_idx" ON "CampaignMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CampaignMember_campaignId_userId_key" ON "CampaignMember"("campaignId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "CharacterProfile_portraitAssetId_key" ON "CharacterProfile"("portraitAssetId");

-- CreateIndex
CREATE INDEX "CharacterProfile_ownerId_name_idx" ON "CharacterProfile"("ownerId", "name");

-- CreateIndex
CREATE INDEX "CharacterInfo_characterId_idx" ON "CharacterInfo"("characterId");

-- CreateIndex
CREATE UNIQUE INDEX "CharacterInfo_campaignId_characterId_key" ON "CharacterInfo"("campaignId", "characterId");

-- CreateIndex
CREATE UNIQUE INDEX "Asset_favoriteGenerationId_key" ON "Asset"("favoriteGenerationId");

-- CreateIndex
CREATE INDEX "Asset_ownerId_kind_createdAt_idx" ON "Asset"("ownerId", "kind", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Asset_ownerId_updatedAt_idx" ON "Asset"("ownerId", "updatedAt" DESC);

-- CreateIndex
CREATE INDEX "Asset_campaignId_idx" ON "Asset"("campaignId");

-- CreateIndex
CREATE INDEX "Asset_tags_idx" ON "Asset" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "Generation_ownerId_createdAt_idx" ON "Generation"("ownerId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Generation_ownerId_status_idx" ON "Generation"("ownerId", "status");

-- CreateIndex
CREATE INDEX "Generation_assetId_createdAt_idx" ON "Generation"("assetId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Generation_batchId_idx" ON "Generation"("batchId");

-- CreateIndex
CREATE INDEX "Generation_status_updatedAt_idx" ON "Generation"("status", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Image_generationId_key" ON "Image"("generationId");

-- CreateIndex
CREATE UNIQUE INDEX "Image_path_key" ON "Image"("path");

-- CreateIndex
CREATE INDEX "Image_ownerId_createdAt_idx" ON "Image"("ownerId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Image_ownerId_isFavorite_createdAt_idx" ON "Image"("ownerId", "isFavorite", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Image_ownerId_source_createdAt_idx" ON "Image"("ownerId", "source", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Image_ownerId_generationModel_idx" ON "Image"("ownerId", "generationModel");

-- CreateIndex
CREATE INDEX "Image_ownerId_sha256_idx" ON "Image"("ownerId", "sha256");

-- CreateIndex
CREATE INDEX "Image_assetId_createdAt_idx" ON "Image"("assetId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Image_campaignId_idx" ON "Image"("campaignId");

-- CreateIndex
CREATE INDEX "Image_tags_idx" ON "Image" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "ImageTag_tagType_tagId_idx" ON "ImageTag"("tagType", "tagId");

-- CreateIndex
CREATE UNIQUE INDEX "ImageTag_imageId_tagType_tagId_key" ON "ImageTag"("imageId", "tagType", "tagId");

-- CreateIndex
CREATE UNIQUE INDEX "Map_generationId_key" ON "Map"("generationId");

-- CreateIndex
CREATE INDEX "Map_campaignId_createdAt_idx" ON "Map"("campaignId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Map_ownerId_createdAt_idx" ON "Map"("ownerId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Map_assetId_version_key" ON "Map"("assetId", "version");

-- CreateIndex
CREATE INDEX "Token_campaignId_idx" ON "Token"("campaignId");

-- CreateIndex
CREATE INDEX "Token_ownerId_createdAt_idx" ON "Token"("ownerId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Token_characterId_idx" ON "Token"("characterId");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConnectionProfile" ADD CONSTRAINT "ConnectionProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignMember" ADD CONSTRAINT "CampaignMember_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignMember" ADD CONSTRAINT "CampaignMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CharacterProfile" ADD CONSTRAINT "CharacterProfile_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CharacterProfile" ADD CONSTRAINT "CharacterProfile_portraitAssetId_fkey" FOREIGN KEY ("portraitAssetId") REFERENCES "Asset"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CharacterInfo" ADD CONSTRAINT "CharacterInfo_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CharacterInfo" ADD CONSTRAINT "CharacterInfo_characterId_fkey" FOREIGN KEY ("characterId") REFERENCES "CharacterProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Asset" ADD CONSTRAINT "Asset_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Asset" ADD CONSTRAINT "Asset_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Asset" ADD CONSTRAINT "Asset_favoriteGenerationId_fkey" FOREIGN KEY ("favoriteGenerationId") REFERENCES "Generation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Generation" ADD CONSTRAINT "Generation_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Generation" ADD CONSTRAINT "Generation_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Generation" ADD CONSTRAINT "Generation_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "ConnectionProfile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Image" ADD CONSTRAINT "Image_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Image" ADD CONSTRAINT "Image_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Image" ADD CONSTRAINT "Image_generationId_fkey" FOREIGN KEY ("generationId") REFERENCES "Generation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Image" ADD CONSTRAINT "Image_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageTag" ADD CONSTRAINT "ImageTag_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Map" ADD CONSTRAINT "Map_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Map" ADD CONSTRAINT "Map_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Map" ADD CONSTRAINT "Map_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Map" ADD CONSTRAINT "Map_generationId_fkey" FOREIGN KEY ("generationId") REFERENCES "Generation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Token" ADD CONSTRAINT "Token_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Token" ADD CONSTRAINT "Token_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Token" ADD CONSTRAINT "Token_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Token" ADD CONSTRAINT "Token_characterId_fkey" FOREIGN KEY ("characterId") REFERENCES "CharacterProfile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Token" ADD CONSTRAINT "Token_sourceImageId_fkey" FOREIGN KEY ("sourceImageId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;
