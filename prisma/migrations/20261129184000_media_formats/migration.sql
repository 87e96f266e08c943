-- Full-size web-safe renditions of photos browsers cannot display (HEIC, TIFF, JPEG XL, RAW),
-- served when the viewer zooms; and the scan report's count of files in formats nobody reads.
ALTER TYPE "DerivedKind" ADD VALUE 'full';

ALTER TABLE "library_scans" ADD COLUMN "unsupported" INTEGER NOT NULL DEFAULT 0;
