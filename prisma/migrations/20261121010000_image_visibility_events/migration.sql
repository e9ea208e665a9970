-- Image visibility events (issue 6): the image route remembers "this user may see this image"
-- per process (lib/images/visibility-cache.ts). Every change that can take such a permission
-- away announces itself on the "image_visibility" channel, and each process forgets all it
-- remembered. Statement-level triggers: one notification per statement, however many rows;
-- PostgreSQL folds identical notifications of one transaction into one, delivered at commit.
-- Grants (a new member, a new image) need no event: only positive answers are remembered.
-- Triggers cannot be written in schema.prisma; schema-drift.test.ts does not compare them.

CREATE FUNCTION "notify_image_visibility"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('image_visibility', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;

-- Who owns an image, its campaign, its asset (portrait sharing), or the row itself going.
CREATE TRIGGER "Image_visibility_update" AFTER UPDATE OF "ownerId", "campaignId", "assetId" ON "Image"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_image_visibility"();
CREATE TRIGGER "Image_visibility_delete" AFTER DELETE OR TRUNCATE ON "Image"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_image_visibility"();

-- Campaign ownership and membership.
CREATE TRIGGER "Campaign_visibility_update" AFTER UPDATE OF "ownerId" ON "Campaign"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_image_visibility"();
CREATE TRIGGER "Campaign_visibility_delete" AFTER DELETE OR TRUNCATE ON "Campaign"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_image_visibility"();
CREATE TRIGGER "CampaignMember_visibility_update" AFTER UPDATE OF "campaignId", "userId" ON "CampaignMember"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_image_visibility"();
CREATE TRIGGER "CampaignMember_visibility_delete" AFTER DELETE OR TRUNCATE ON "CampaignMember"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_image_visibility"();

-- A character's portrait is visible to the campaigns the character joined.
CREATE TRIGGER "CharacterProfile_visibility_update" AFTER UPDATE OF "portraitAssetId" ON "CharacterProfile"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_image_visibility"();
CREATE TRIGGER "CharacterProfile_visibility_delete" AFTER DELETE OR TRUNCATE ON "CharacterProfile"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_image_visibility"();
CREATE TRIGGER "CharacterInfo_visibility_update" AFTER UPDATE OF "campaignId", "characterId" ON "CharacterInfo"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_image_visibility"();
CREATE TRIGGER "CharacterInfo_visibility_delete" AFTER DELETE OR TRUNCATE ON "CharacterInfo"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_image_visibility"();

-- A deleted account's session must stop working at once (the route answers 401).
CREATE TRIGGER "User_visibility_delete" AFTER DELETE OR TRUNCATE ON "User"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_image_visibility"();
