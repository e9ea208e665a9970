-- Search at scale (issue 16): trigram GiST indexes, so a search walks the index in distance order
-- (`ORDER BY name <-> $q LIMIT n`, `$q <<-> description`) and stops after n candidates instead of
-- scoring every matching row. GiST also answers `%`, `<%` and ILIKE as index conditions, so one
-- scan both filters and orders. The GIN indexes of the gallery_search migration stay for counts.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "Asset_name_trgm_gist_idx" ON "Asset" USING gist ("name" gist_trgm_ops);
CREATE INDEX "Asset_description_trgm_gist_idx" ON "Asset" USING gist ("description" gist_trgm_ops);
CREATE INDEX "Image_generationPrompt_trgm_gist_idx" ON "Image" USING gist ("generationPrompt" gist_trgm_ops);

-- Tags as one text, so fuzzy and substring tag search use a trigram index too. array_to_string
-- is only STABLE in general; over text[] it cannot depend on settings, hence IMMUTABLE here.
CREATE FUNCTION asset_tags_text(tags text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT array_to_string(tags, ' ') $$;

CREATE INDEX "Asset_tags_text_trgm_gist_idx" ON "Asset" USING gist (asset_tags_text("tags") gist_trgm_ops);
