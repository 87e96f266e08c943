-- Albums (a user's own collection of photos and videos from any library they can read), their
-- members (household users invited as viewer or contributor), the activity on them (likes and
-- comments, Immich-style), shared links for people without an account, and the place of every
-- geotagged asset (from EXIF or set by hand) with its reverse-geocoded city.
CREATE TYPE "AlbumOrder" AS ENUM ('date_desc', 'date_asc', 'manual');
CREATE TYPE "AlbumRole" AS ENUM ('viewer', 'contributor');
CREATE TYPE "AlbumActivityKind" AS ENUM ('comment', 'like');
CREATE TYPE "PlaceSource" AS ENUM ('exif', 'manual');

CREATE TABLE "albums" (
    "id"             UUID NOT NULL DEFAULT gen_random_uuid(),
    "owner_id"       UUID NOT NULL,
    "title"          TEXT NOT NULL,
    "description"    TEXT,
    "cover_asset_id" UUID,
    "sort_order"     "AlbumOrder" NOT NULL DEFAULT 'date_desc',
    "created_at"     TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at"     TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "albums_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "albums_owner_id_idx" ON "albums"("owner_id");
ALTER TABLE "albums" ADD CONSTRAINT "albums_owner_id_fkey"
    FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "albums" ADD CONSTRAINT "albums_cover_asset_id_fkey"
    FOREIGN KEY ("cover_asset_id") REFERENCES "assets"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "album_assets" (
    "album_id" UUID NOT NULL,
    "asset_id" UUID NOT NULL,
    "added_by" UUID,
    "added_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "position" DOUBLE PRECISION NOT NULL DEFAULT 0,
    CONSTRAINT "album_assets_pkey" PRIMARY KEY ("album_id", "asset_id")
);
CREATE INDEX "album_assets_asset_id_idx" ON "album_assets"("asset_id");
CREATE INDEX "album_assets_album_id_position_idx" ON "album_assets"("album_id", "position");
ALTER TABLE "album_assets" ADD CONSTRAINT "album_assets_album_id_fkey"
    FOREIGN KEY ("album_id") REFERENCES "albums"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "album_assets" ADD CONSTRAINT "album_assets_asset_id_fkey"
    FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "album_assets" ADD CONSTRAINT "album_assets_added_by_fkey"
    FOREIGN KEY ("added_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "album_members" (
    "album_id"   UUID NOT NULL,
    "user_id"    UUID NOT NULL,
    "role"       "AlbumRole" NOT NULL DEFAULT 'viewer',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "album_members_pkey" PRIMARY KEY ("album_id", "user_id")
);
CREATE INDEX "album_members_user_id_idx" ON "album_members"("user_id");
ALTER TABLE "album_members" ADD CONSTRAINT "album_members_album_id_fkey"
    FOREIGN KEY ("album_id") REFERENCES "albums"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "album_members" ADD CONSTRAINT "album_members_user_id_fkey"
    FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "album_activities" (
    "id"         UUID NOT NULL DEFAULT gen_random_uuid(),
    "album_id"   UUID NOT NULL,
    "user_id"    UUID NOT NULL,
    "asset_id"   UUID,
    "kind"       "AlbumActivityKind" NOT NULL,
    "body"       TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "album_activities_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "album_activities_album_id_created_at_idx" ON "album_activities"("album_id", "created_at");
ALTER TABLE "album_activities" ADD CONSTRAINT "album_activities_album_id_fkey"
    FOREIGN KEY ("album_id") REFERENCES "albums"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "album_activities" ADD CONSTRAINT "album_activities_user_id_fkey"
    FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "album_activities" ADD CONSTRAINT "album_activities_asset_id_fkey"
    FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "shared_links" (
    "id"             UUID NOT NULL DEFAULT gen_random_uuid(),
    "owner_id"       UUID NOT NULL,
    -- SHA-256 of the random token (>= 128 bits); the token itself is shown once and never stored.
    "token_hash"     BYTEA NOT NULL,
    -- An album link follows the album (items added later show); a selection link has its own rows.
    "album_id"       UUID,
    "title"          TEXT,
    "description"    TEXT,
    "password_hash"  TEXT,
    "expires_at"     TIMESTAMPTZ(3),
    "allow_download" BOOLEAN NOT NULL DEFAULT false,
    "show_metadata"  BOOLEAN NOT NULL DEFAULT false,
    "revoked_at"     TIMESTAMPTZ(3),
    "created_at"     TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_viewed_at" TIMESTAMPTZ(3),
    "view_count"     INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "shared_links_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "shared_links_token_hash_key" ON "shared_links"("token_hash");
CREATE INDEX "shared_links_owner_id_idx" ON "shared_links"("owner_id");
CREATE INDEX "shared_links_album_id_idx" ON "shared_links"("album_id");
ALTER TABLE "shared_links" ADD CONSTRAINT "shared_links_owner_id_fkey"
    FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "shared_links" ADD CONSTRAINT "shared_links_album_id_fkey"
    FOREIGN KEY ("album_id") REFERENCES "albums"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "shared_link_assets" (
    "link_id"  UUID NOT NULL,
    "asset_id" UUID NOT NULL,
    CONSTRAINT "shared_link_assets_pkey" PRIMARY KEY ("link_id", "asset_id")
);
CREATE INDEX "shared_link_assets_asset_id_idx" ON "shared_link_assets"("asset_id");
ALTER TABLE "shared_link_assets" ADD CONSTRAINT "shared_link_assets_link_id_fkey"
    FOREIGN KEY ("link_id") REFERENCES "shared_links"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "shared_link_assets" ADD CONSTRAINT "shared_link_assets_asset_id_fkey"
    FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Where an asset was taken: from its EXIF GPS, or set by hand (never written into the file).
-- The city, region and country come from the offline reverse geocoder (lib/places); geocoded_at
-- NULL means "not looked up yet" (a manual move clears it so the job looks the new place up).
CREATE TABLE "asset_places" (
    "asset_id"     UUID NOT NULL,
    "latitude"     DOUBLE PRECISION NOT NULL,
    "longitude"    DOUBLE PRECISION NOT NULL,
    "source"       "PlaceSource" NOT NULL DEFAULT 'exif',
    "city"         TEXT,
    "region"       TEXT,
    "country_code" TEXT,
    "country"      TEXT,
    "geocoded_at"  TIMESTAMPTZ(3),
    "updated_at"   TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "asset_places_pkey" PRIMARY KEY ("asset_id")
);
CREATE INDEX "asset_places_country_code_city_idx" ON "asset_places"("country_code", "city");
ALTER TABLE "asset_places" ADD CONSTRAINT "asset_places_asset_id_fkey"
    FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Not expressible in schema.prisma (the drift test ignores these by name):
-- One like per person per item (or per album when asset_id is NULL), also under parallel clicks.
CREATE UNIQUE INDEX "album_activities_one_like_idx" ON "album_activities" ("album_id", "user_id", COALESCE("asset_id", '00000000-0000-0000-0000-000000000000'::uuid)) WHERE "kind" = 'like';
-- The places still to look up, for the geocoding job's batches.
CREATE INDEX "asset_places_pending_idx" ON "asset_places" ("asset_id") WHERE "geocoded_at" IS NULL;
