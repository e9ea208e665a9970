-- Gallery and asset management (issue 6).

-- Free-form metadata per generation (seed 002's ImageGeneration.metadata).
ALTER TABLE "Generation" ADD COLUMN "metadata" JSONB NOT NULL DEFAULT '{}';

-- Fuzzy search: trigram similarity on names and descriptions, full-text search on both.
-- These indexes cannot be written in schema.prisma (operator classes of an extension, an
-- expression index); schema-drift.test.ts lists them in its documented allow-list.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "Asset_name_trgm_idx" ON "Asset" USING gin ("name" gin_trgm_ops);
CREATE INDEX "Asset_description_trgm_idx" ON "Asset" USING gin ("description" gin_trgm_ops);
CREATE INDEX "Asset_search_fts_idx" ON "Asset" USING gin (to_tsvector('simple', "name" || ' ' || "description"));
CREATE INDEX "Image_generationPrompt_trgm_idx" ON "Image" USING gin ("generationPrompt" gin_trgm_ops);
