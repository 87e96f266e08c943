-- Motion photos (issue 11). A photo's motion part — the MP4 inside a Google/Samsung motion
-- photo, or the .MOV/.MP4 an Apple Live Photo keeps beside its HEIC/JPEG — is one derived file
-- of the photo (kind `motion`, a browser-playable MP4), never an asset of its own.
ALTER TYPE "DerivedKind" ADD VALUE 'motion';

-- A Live Photo's video, found by the scan beside the photo (same folder, same name): its path
-- in the library and the size and mtime it had, so a later scan notices it changed or went.
-- Only photos have one; the timeline's queries and index do not read these columns.
ALTER TABLE "assets" ADD COLUMN "motion_rel_path" TEXT,
                     ADD COLUMN "motion_size" BIGINT,
                     ADD COLUMN "motion_mtime" TIMESTAMPTZ(3);
