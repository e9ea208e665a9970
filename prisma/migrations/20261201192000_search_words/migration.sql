-- Search at a million rows (issue 16). A trigram KNN scan over a million names reads far too much
-- of the index for a misspelt query. Instead a misspelt query word is matched against a small
-- dictionary of the distinct words in use ("SearchWord", a few thousand rows where the searched
-- tables have a million), and rows are then found by exact word lookups in full-text GIN indexes,
-- one per searched field, each scan ordered newest first and bounded.

-- The words of a field as the search sees them: the 'simple' configuration (lower-cased, no
-- stemming, no stop words), so "Thorin's" and "thorin" meet and a prefix query "thor:*" works.
-- NULL for NULL: strict, so a condition on an outer-joined asset's name makes the join inner and
-- the planner may start from that name's index.
CREATE FUNCTION search_vector(value text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT to_tsvector('simple'::regconfig, value) $$;

CREATE INDEX "Asset_name_words_idx" ON "Asset" USING gin (search_vector("name"));
CREATE INDEX "Asset_description_words_idx" ON "Asset" USING gin (search_vector("description"));
CREATE INDEX "Asset_tags_words_idx" ON "Asset" USING gin (search_vector(asset_tags_text("tags")));
CREATE INDEX "Image_generationPrompt_words_idx" ON "Image" USING gin (search_vector("generationPrompt"));

-- A library's assets newest first: within one match class the search returns the newest rows, and
-- for a common word walking this index and checking each row stops sooner than collecting every
-- match.
CREATE INDEX "Asset_ownerId_createdAt_idx" ON "Asset" ("ownerId", "createdAt" DESC);

-- Superseded: the trigram GiST indexes (KNN over whole fields) and the combined full-text index.
-- The trigram GIN indexes stay: the asset list's `search` filter is a substring match.
DROP INDEX "Asset_name_trgm_gist_idx";
DROP INDEX "Asset_description_trgm_gist_idx";
DROP INDEX "Asset_tags_text_trgm_gist_idx";
DROP INDEX "Image_generationPrompt_trgm_gist_idx";
DROP INDEX "Asset_search_fts_idx";

-- The dictionary: every distinct word with a letter in it of an asset's name, description or tags
-- and of an image's prompt. Numbers ("Thorin 117") are left out: there is one per row, they are
-- never misspelt into another number on purpose, and they are still found exactly through the
-- GIN indexes above.
CREATE TABLE "SearchWord" (
  "word" TEXT NOT NULL,
  CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);
CREATE INDEX "SearchWord_word_trgm_idx" ON "SearchWord" USING gist ("word" gist_trgm_ops);

CREATE FUNCTION search_dictionary_words(words tsvector) RETURNS SETOF text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT word FROM unnest(tsvector_to_array(words)) word
        WHERE word ~ '^[[:alnum:]]+$' AND word ~ '[[:alpha:]]' AND length(word) <= 60 $$;

-- Kept current by statement-level triggers over the transition tables: one INSERT … ON CONFLICT
-- DO NOTHING per statement, whatever its row count. Under concurrent writers the primary key
-- decides: a word two transactions add at once is inserted once (the second waits for the first
-- and then does nothing), and words are added in sorted order so two such statements cannot
-- deadlock. Words no longer used by any row stay: a lookup that finds such a word then finds no
-- rows for it, so a stale word costs a wasted index probe, never a wrong result.
CREATE FUNCTION search_words_of_new_assets() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchWord" ("word")
  SELECT DISTINCT w.word FROM new_rows r
  CROSS JOIN LATERAL search_dictionary_words(
    coalesce(search_vector(r."name"), '') || coalesce(search_vector(r."description"), '')
      || coalesce(search_vector(asset_tags_text(r."tags")), '')) w(word)
  ORDER BY w.word
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

-- On update only rows whose searched text changed are read (a bulk favorite reads none).
CREATE FUNCTION search_words_of_changed_assets() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchWord" ("word")
  SELECT DISTINCT w.word FROM new_rows r JOIN old_rows o ON o.id = r.id
  CROSS JOIN LATERAL search_dictionary_words(
    coalesce(search_vector(r."name"), '') || coalesce(search_vector(r."description"), '')
      || coalesce(search_vector(asset_tags_text(r."tags")), '')) w(word)
  WHERE (o."name", o."description", o."tags") IS DISTINCT FROM (r."name", r."description", r."tags")
  ORDER BY w.word
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE FUNCTION search_words_of_new_images() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchWord" ("word")
  SELECT DISTINCT w.word FROM new_rows r
  CROSS JOIN LATERAL search_dictionary_words(search_vector(r."generationPrompt")) w(word)
  ORDER BY w.word
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE FUNCTION search_words_of_changed_images() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchWord" ("word")
  SELECT DISTINCT w.word FROM new_rows r JOIN old_rows o ON o.id = r.id
  CROSS JOIN LATERAL search_dictionary_words(search_vector(r."generationPrompt")) w(word)
  WHERE o."generationPrompt" IS DISTINCT FROM r."generationPrompt"
  ORDER BY w.word
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER "Asset_search_words_insert" AFTER INSERT ON "Asset"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_of_new_assets();
CREATE TRIGGER "Asset_search_words_update" AFTER UPDATE ON "Asset"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_of_changed_assets();
CREATE TRIGGER "Image_search_words_insert" AFTER INSERT ON "Image"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_of_new_images();
CREATE TRIGGER "Image_search_words_update" AFTER UPDATE ON "Image"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_of_changed_images();

-- The words already stored.
INSERT INTO "SearchWord" ("word")
SELECT word FROM "Asset" a CROSS JOIN LATERAL search_dictionary_words(
  coalesce(search_vector(a."name"), '') || coalesce(search_vector(a."description"), '')
    || coalesce(search_vector(asset_tags_text(a."tags")), '')) word
UNION
SELECT word FROM "Image" i CROSS JOIN LATERAL search_dictionary_words(search_vector(i."generationPrompt")) word
ON CONFLICT DO NOTHING;
