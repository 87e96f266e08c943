// Assets made directly in SQL (no image files needed): the timeline reads rows, not pixels.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prisma } from '@/lib/server/db';
import type { AssetType } from '@/lib/server/generated/prisma/enums';

export async function createLibraryRow(ownerId: string, rootPath?: string) {
  const root = rootPath ?? mkdtempSync(path.join(os.tmpdir(), 'shoebox-lib-'));
  return prisma().library.create({ data: { ownerId, name: `Library ${randomBytes(2).toString('hex')}`, rootPath: root } });
}

export interface AssetSeed {
  /** Wall clock where it was taken, 'YYYY-MM-DD HH:MM:SS'. */
  local: string;
  /** The instant, ISO with zone, when known (EXIF offset); null when only the wall clock is known. */
  utc?: string | null;
  type?: AssetType;
  width?: number;
  height?: number;
  durationMs?: number | null;
  status?: 'online' | 'offline' | 'trashed';
  ingestStatus?: 'pending' | 'ready' | 'failed';
  relPath?: string;
  thumbhash?: Uint8Array | null;
  mime?: string;
}

// A real thumbhash (a small greyish image) so decoders and average-colour code have real input.
export const SAMPLE_THUMBHASH = Uint8Array.from(Buffer.from('1QcSHQRnh493V4dIh4eXh1h4kJUI', 'base64'));

export async function createAsset(owner: { ownerId: string; libraryId: string }, seed: AssetSeed) {
  const relPath = seed.relPath ?? `photos/${randomBytes(6).toString('hex')}.jpg`;
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    INSERT INTO assets (owner_id, library_id, type, rel_path, size, mtime, status, ingest_status, taken_at_local,
                        taken_at_utc, taken_at_source, width, height, duration_ms, mime, thumbhash)
    VALUES (${owner.ownerId}::uuid, ${owner.libraryId}::uuid, ${seed.type ?? 'photo'}::"AssetType", ${relPath}, 1000,
            now(), ${seed.status ?? 'online'}::"AssetStatus", ${seed.ingestStatus ?? 'ready'}::"IngestStatus",
            ${seed.local}::timestamp, ${seed.utc ?? null}::timestamptz, 'exif', ${seed.width ?? 4000}, ${seed.height ?? 3000},
            ${seed.durationMs ?? null}::int, ${seed.mime ?? (seed.type === 'video' ? 'video/mp4' : 'image/jpeg')},
            ${seed.thumbhash === undefined ? SAMPLE_THUMBHASH : seed.thumbhash})
    RETURNING id`;
  return rows[0].id;
}

/** A user with a library, ready to receive assets. */
export async function libraryOwner(userId: string, rootPath?: string) {
  const library = await createLibraryRow(userId, rootPath);
  return { ownerId: userId, libraryId: library.id, rootPath: library.rootPath };
}
