-- The gallery's kind filter is the one filter that read "Asset": under a search it joined the
-- asset of every candidate image (thousands for a common name) only to drop most of them. So the
-- image row carries its asset's kind too ("assetKind"), kept by the same triggers as "assetName"
-- (migration image_search_vector), and every gallery filter reads "Image" alone.

ALTER TABLE "Image" ADD COLUMN "assetKind" "AssetKind";

UPDATE "Image" i SET "assetKind" = a.kind FROM "Asset" a WHERE a.id = i."assetId";

-- The image-side trigger reads both copies from the asset in one lookup, under the same shared
-- advisory lock, so neither can be written to anything but the asset's values.
CREATE OR REPLACE FUNCTION image_asset_name() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."assetId" IS NULL THEN
    NEW."assetName" := NULL;
    NEW."assetKind" := NULL;
    RETURN NEW;
  END IF;
  PERFORM pg_advisory_xact_lock_shared(image_asset_name_lock(NEW."assetId"));
  SELECT a."name", a.kind INTO NEW."assetName", NEW."assetKind" FROM "Asset" a WHERE a.id = NEW."assetId";
  RETURN NEW;
END $$;

-- Also fires for a statement writing "assetKind", which the function then overwrites.
DROP TRIGGER "Image_asset_name" ON "Image";
CREATE TRIGGER "Image_asset_name" BEFORE INSERT OR UPDATE OF "assetId", "assetName", "assetKind" ON "Image"
  FOR EACH ROW EXECUTE FUNCTION image_asset_name();

-- A rename or a change of kind reaches the asset's images in the one UPDATE per statement; a
-- statement that changes neither (a favorite, a move) still updates none.
CREATE OR REPLACE FUNCTION asset_names_to_images() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(k.lock) FROM (
    SELECT DISTINCT image_asset_name_lock(r.id) AS lock FROM new_rows r JOIN old_rows o ON o.id = r.id
    WHERE o."name" IS DISTINCT FROM r."name" OR o.kind IS DISTINCT FROM r.kind ORDER BY 1) k;
  UPDATE "Image" i SET "assetName" = r."name", "assetKind" = r.kind
  FROM new_rows r JOIN old_rows o ON o.id = r.id
  WHERE (o."name" IS DISTINCT FROM r."name" OR o.kind IS DISTINCT FROM r.kind) AND i."assetId" = r.id;
  RETURN NULL;
END $$;
