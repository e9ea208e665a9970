-- The per-user storage quota without a SUM per save, and without two saves of one user both
-- passing at the quota.
--
-- "StorageUsage" holds each user's stored image bytes, kept exact by triggers on "Image" (inserts
-- and deletes by statement, over the transition tables, so a bulk delete or a cascade is one
-- grouped update; a change of bytes or owner by row). "StorageReservation" holds the bytes promised
-- to a save whose file is being written: a save locks its user's usage row, counts stored plus
-- reserved bytes, and reserves its own; the Image row's insert (in the caller's transaction)
-- deletes the reservation by path, so the bytes move from reserved to stored atomically. A
-- reservation left by a crash expires (the application ignores and deletes old ones).

CREATE TABLE "StorageUsage" (
  "userId" UUID NOT NULL,
  "storedBytes" BIGINT NOT NULL DEFAULT '0'::bigint,
  CONSTRAINT "StorageUsage_pkey" PRIMARY KEY ("userId"),
  CONSTRAINT "StorageUsage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "StorageReservation" (
  "path" TEXT NOT NULL,
  "ownerId" UUID NOT NULL,
  "bytes" INTEGER NOT NULL,
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "StorageReservation_pkey" PRIMARY KEY ("path"),
  CONSTRAINT "StorageReservation_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "StorageReservation_ownerId_createdAt_idx" ON "StorageReservation" ("ownerId", "createdAt");

-- Adds each owner's deltas (an owner may come twice: a row's bytes changed in place). Owners in sorted order, so two statements touching the same owners
-- lock their rows in the same order and cannot deadlock. An owner whose User row is gone (the
-- cascade of a user's deletion) is skipped: its usage row goes with it.
CREATE FUNCTION storage_usage_add(owners uuid[], deltas bigint[]) RETURNS void
  LANGUAGE sql AS $$
  INSERT INTO "StorageUsage" ("userId", "storedBytes")
  SELECT d.owner, sum(d.delta)
  FROM unnest(owners, deltas) AS d(owner, delta)
  WHERE EXISTS (SELECT 1 FROM "User" u WHERE u.id = d.owner)
  GROUP BY d.owner
  ORDER BY d.owner
  ON CONFLICT ("userId") DO UPDATE SET "storedBytes" = "StorageUsage"."storedBytes" + EXCLUDED."storedBytes"
$$;

CREATE FUNCTION storage_usage_of_new_images() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM storage_usage_add(array_agg(owner), array_agg(total))
  FROM (SELECT "ownerId" AS owner, sum(bytes)::bigint AS total FROM new_rows GROUP BY "ownerId") t;
  DELETE FROM "StorageReservation" r USING new_rows n WHERE r.path = n.path;
  RETURN NULL;
END $$;

CREATE FUNCTION storage_usage_of_old_images() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM storage_usage_add(array_agg(owner), array_agg(-total))
  FROM (SELECT "ownerId" AS owner, sum(bytes)::bigint AS total FROM old_rows GROUP BY "ownerId") t;
  RETURN NULL;
END $$;

CREATE FUNCTION storage_usage_of_changed_image() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM storage_usage_add(ARRAY[OLD."ownerId", NEW."ownerId"], ARRAY[-OLD.bytes, NEW.bytes]::bigint[]);
  RETURN NULL;
END $$;

CREATE TRIGGER "Image_storage_usage_insert" AFTER INSERT ON "Image"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION storage_usage_of_new_images();
CREATE TRIGGER "Image_storage_usage_delete" AFTER DELETE ON "Image"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION storage_usage_of_old_images();
-- Row level: a transition table cannot go with a column list, and updates of other columns (tags,
-- favourites) are the common case, which this WHEN skips at no cost.
CREATE TRIGGER "Image_storage_usage_update" AFTER UPDATE OF bytes, "ownerId" ON "Image"
  FOR EACH ROW WHEN (OLD.bytes IS DISTINCT FROM NEW.bytes OR OLD."ownerId" IS DISTINCT FROM NEW."ownerId")
  EXECUTE FUNCTION storage_usage_of_changed_image();

-- The images stored before this migration.
INSERT INTO "StorageUsage" ("userId", "storedBytes")
SELECT "ownerId", sum(bytes)::bigint FROM "Image" GROUP BY "ownerId";
