-- Organising videos (lib/organise): performers (`people`, the table faces in photos will
-- also use), studios with a parent, hierarchical tags, and their links to videos. Each is
-- owned by one user, like Immich's people: a household's members keep their own catalogues
-- (a performer one person named is not shown to another unless it is on a video they can see).
-- Everything here is in the database, never written into the files.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE "people" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "owner_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "description" TEXT,
    "image_key" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "people_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "people_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "people_owner_id_idx" ON "people"("owner_id");

CREATE TABLE "studios" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "owner_id" UUID NOT NULL,
    "parent_id" UUID,
    "name" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "description" TEXT,
    "image_key" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "studios_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "studios_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "studios_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "studios"("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "studios_not_own_parent" CHECK ("parent_id" IS NULL OR "parent_id" <> "id")
);
CREATE INDEX "studios_owner_id_idx" ON "studios"("owner_id");
CREATE INDEX "studios_parent_id_idx" ON "studios"("parent_id");

CREATE TABLE "tags" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "owner_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "description" TEXT,
    "image_key" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "tags_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "tags_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "tags_owner_id_idx" ON "tags"("owner_id");

-- A tag may have several parents (a DAG; lib/organise refuses a cycle). Filtering by a tag
-- includes every descendant.
CREATE TABLE "tag_parents" (
    "tag_id" UUID NOT NULL,
    "parent_id" UUID NOT NULL,
    CONSTRAINT "tag_parents_pkey" PRIMARY KEY ("tag_id", "parent_id"),
    CONSTRAINT "tag_parents_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tags"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "tag_parents_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "tags"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "tag_parents_not_self" CHECK ("tag_id" <> "parent_id")
);
CREATE INDEX "tag_parents_parent_id_idx" ON "tag_parents"("parent_id");

-- A performer's own tags; their videos inherit them (derived at read, never stored per video).
CREATE TABLE "person_tags" (
    "person_id" UUID NOT NULL,
    "tag_id" UUID NOT NULL,
    CONSTRAINT "person_tags_pkey" PRIMARY KEY ("person_id", "tag_id"),
    CONSTRAINT "person_tags_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "person_tags_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tags"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "person_tags_tag_id_idx" ON "person_tags"("tag_id");

-- Who appears in a video; `role` is the part they play (from a .nfo <actor><role>).
-- `source` says who linked them: user, nfo or auto (the auto-tagger).
CREATE TABLE "asset_people" (
    "asset_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "role" TEXT,
    "source" TEXT NOT NULL DEFAULT 'user',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "asset_people_pkey" PRIMARY KEY ("asset_id", "person_id"),
    CONSTRAINT "asset_people_asset_id_fkey" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "asset_people_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "asset_people_person_id_idx" ON "asset_people"("person_id");

CREATE TABLE "asset_tags" (
    "asset_id" UUID NOT NULL,
    "tag_id" UUID NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'user',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "asset_tags_pkey" PRIMARY KEY ("asset_id", "tag_id"),
    CONSTRAINT "asset_tags_asset_id_fkey" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "asset_tags_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tags"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "asset_tags_tag_id_idx" ON "asset_tags"("tag_id");

-- On the video itself: its studio, release date, and the owner's "organised" flag (finished
-- tagging it, as Stash users mark it).
ALTER TABLE "assets" ADD COLUMN "studio_id" UUID,
    ADD COLUMN "release_date" DATE,
    ADD COLUMN "organised" BOOLEAN NOT NULL DEFAULT false,
    ADD CONSTRAINT "assets_studio_id_fkey" FOREIGN KEY ("studio_id") REFERENCES "studios"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "assets_studio_id_idx" ON "assets"("studio_id");

-- Not expressible in schema.prisma (the drift test ignores them by name): a name is unique
-- per owner whatever its case ("Beach" and "beach" are one tag; merge joins two that were not).
CREATE UNIQUE INDEX "people_owner_name_key" ON "people" ("owner_id", lower("name"));
CREATE UNIQUE INDEX "studios_owner_name_key" ON "studios" ("owner_id", lower("name"));
CREATE UNIQUE INDEX "tags_owner_name_key" ON "tags" ("owner_id", lower("name"));
