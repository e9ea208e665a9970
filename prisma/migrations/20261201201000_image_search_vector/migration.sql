-- The gallery searches an image's asset name above its prompt, but its order and filters live on
-- "Image": with the name only on "Asset", a page of a common word walks thousands of images with
-- an asset lookup each, and a rare word reads as many scattered rows of each table. So the image
-- row carries its asset's name ("assetName"), kept equal to "Asset".name by the triggers below,
-- and the gallery's candidates and ranking read "Image" alone (the asset joined for the page).

ALTER TABLE "Image" ADD COLUMN "assetName" TEXT;

UPDATE "Image" i SET "assetName" = a."name" FROM "Asset" a WHERE a.id = i."assetId";

-- The same expression as the asset's own name index (migration search_words), so the search's
-- match classes, statistics of common words and scoring work on it unchanged.
CREATE INDEX "Image_assetName_words_idx" ON "Image" USING gin (search_vector("assetName"));

-- A rename and an image insert for the same asset must not miss each other: the insert reads the
-- name committed before it, and the rename's update of the asset's images does not see an image
-- not yet committed. So an insert holds a shared advisory lock of its asset and a rename takes it
-- exclusively before updating the images: whichever comes second waits for the first to commit,
-- then sees its work (each statement of these functions reads a fresh snapshot). A row lock on
-- the asset would do the same but deadlock two transactions that each add an image to an asset
-- and then update it (a portrait upload). Assets share 1,024 locks, so a statement touching many
-- assets holds at most that many.
CREATE FUNCTION image_asset_name_lock(asset uuid) RETURNS bigint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT hashtextextended('image-asset-name:' || (hashtext(asset::text) & 1023), 0) $$;

-- Row level, before the row is written: one primary-key lookup, no second version of the row.
-- The name is always read from the asset, so "assetName" cannot be written to anything else; the
-- rename below sets it and this re-reads the same value.
CREATE FUNCTION image_asset_name() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."assetId" IS NULL THEN
    NEW."assetName" := NULL;
    RETURN NEW;
  END IF;
  PERFORM pg_advisory_xact_lock_shared(image_asset_name_lock(NEW."assetId"));
  NEW."assetName" := (SELECT a."name" FROM "Asset" a WHERE a.id = NEW."assetId");
  RETURN NEW;
END $$;

-- Fires only for statements that set "assetId" or "assetName" (a bulk favorite does not); the
-- asset's deletion sets "assetId" to NULL and so clears the name.
CREATE TRIGGER "Image_asset_name" BEFORE INSERT OR UPDATE OF "assetId", "assetName" ON "Image"
  FOR EACH ROW EXECUTE FUNCTION image_asset_name();

-- A rename reaches its images in one UPDATE per statement over the transition tables, through
-- the ("assetId", "createdAt") index: an asset with 1,000 images is one indexed update of 1,000
-- rows, and a statement that changes no name (a favorite, a move) updates none.
CREATE FUNCTION asset_names_to_images() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(k.lock) FROM (
    SELECT DISTINCT image_asset_name_lock(r.id) AS lock FROM new_rows r JOIN old_rows o ON o.id = r.id
    WHERE o."name" IS DISTINCT FROM r."name" ORDER BY 1) k;
  UPDATE "Image" i SET "assetName" = r."name"
  FROM new_rows r JOIN old_rows o ON o.id = r.id
  WHERE o."name" IS DISTINCT FROM r."name" AND i."assetId" = r.id;
  RETURN NULL;
END $$;

CREATE TRIGGER "Asset_names_to_images" AFTER UPDATE ON "Asset"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION asset_names_to_images();
