-- Copies of one video file (same checksum) in several libraries or folders are one catalogue
-- entry. `copy_of` names the first copy (earliest added, then lowest id) among the video's
-- copies that are not trashed; null on that first copy and on a video without copies. It is
-- kept by a trigger (migration 20261130120000_video_duplicates). The catalogue hides a copy
-- from a user who can also see the copy it points to, and interactions go to that one.
ALTER TABLE "assets" ADD COLUMN "copy_of" UUID,
    ADD CONSTRAINT "assets_copy_of_fkey" FOREIGN KEY ("copy_of") REFERENCES "assets"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "assets_copy_of_idx" ON "assets"("copy_of");

-- The video perceptual hash, computed as Stash computes it (25 frames over 5–95 % of the
-- runtime in a 5×5 sprite of 160 px wide frames, a 64-bit DCT pHash), so it compares with
-- Stash's and StashDB's. Signed 64-bit: the hash's bits as Postgres stores int8.
ALTER TABLE "video_meta" ADD COLUMN "phash" BIGINT;
