-- DM-only until revealed. In a campaign, what the DM makes is seen only by the DM until the DM
-- reveals it; what a player makes is seen by the whole party. lib/access holds the rules that
-- read these columns.

CREATE TYPE "Visibility" AS ENUM ('DM_ONLY', 'PARTY');

ALTER TABLE "Asset" ADD COLUMN "visibility" "Visibility" NOT NULL DEFAULT 'PARTY';
-- The DM's version of a picture (map markers): never shown to players, even once revealed.
ALTER TABLE "Image" ADD COLUMN "dmOnly" BOOLEAN NOT NULL DEFAULT false;

-- Existing campaign items made by their campaign's DM become DM-only; the DM reveals them.
UPDATE "Asset" a SET "visibility" = 'DM_ONLY'
  FROM "Campaign" c WHERE a."campaignId" = c.id AND a."ownerId" = c."ownerId";
-- The pictures stored so far for maps are the DM's version (they carry the markers).
UPDATE "Image" i SET "dmOnly" = true
  FROM "Map" m WHERE m.layout->>'imageId' = i.id::text;

-- The default is decided by who makes the item, in one place for every way an asset is created
-- (Prisma creates, the pipeline's one-statement insert, uploads): an asset put into a campaign by
-- that campaign's DM starts DM_ONLY, anything else PARTY. Changing only "visibility" (reveal,
-- hide) keeps the value asked for; moving an asset to another campaign or owner decides again.
CREATE FUNCTION "asset_default_visibility"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT'
     OR NEW."campaignId" IS DISTINCT FROM OLD."campaignId"
     OR NEW."ownerId" IS DISTINCT FROM OLD."ownerId" THEN
    NEW."visibility" := CASE
      WHEN EXISTS (SELECT 1 FROM "Campaign" c WHERE c.id = NEW."campaignId" AND c."ownerId" = NEW."ownerId")
        THEN 'DM_ONLY'::"Visibility"
      ELSE 'PARTY'::"Visibility"
    END;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Asset_default_visibility" BEFORE INSERT OR UPDATE OF "campaignId", "ownerId" ON "Asset"
  FOR EACH ROW EXECUTE FUNCTION "asset_default_visibility"();

-- Hiding an item (or moving its asset) takes a permission away: the image route's per-process
-- permission cache must forget (see 20261121010000_image_visibility_events).
CREATE TRIGGER "Asset_visibility_update" AFTER UPDATE OF "visibility", "campaignId", "ownerId" ON "Asset"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_image_visibility"();
CREATE TRIGGER "Asset_visibility_delete" AFTER DELETE OR TRUNCATE ON "Asset"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_image_visibility"();
CREATE TRIGGER "Image_dm_only_update" AFTER UPDATE OF "dmOnly" ON "Image"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_image_visibility"();
