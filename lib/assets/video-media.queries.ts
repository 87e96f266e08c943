// SQL of a video's preview media (seek sprite, its WebVTT, teasers): what the job reads, the
// rows it writes (upserted on asset and kind, so a second run replaces, never adds), and the
// counts the CLI shows.
import { prisma } from '@/lib/server/db';
import type { DerivedKind } from '@/lib/server/generated/prisma/enums';

export const PREVIEW_MEDIA_KINDS = ['sprite', 'vtt', 'teaser_sm', 'teaser_lg'] as const satisfies readonly DerivedKind[];
export type PreviewMediaKind = (typeof PREVIEW_MEDIA_KINDS)[number];

export function findVideoForMedia(assetId: string) {
  return prisma().asset.findUnique({
    where: { id: assetId },
    select: {
      id: true,
      type: true,
      status: true,
      relPath: true,
      width: true,
      height: true,
      durationMs: true,
      library: { select: { rootPath: true } },
      videoMeta: { select: { fps: true, container: true } },
    },
  });
}

export interface PreviewMediaRow {
  kind: PreviewMediaKind;
  storageKey: string;
  width: number;
  height: number;
  bytes: number;
}

export async function savePreviewMedia(assetId: string, rows: PreviewMediaRow[]): Promise<void> {
  await prisma().$transaction(
    rows.map((d) =>
      prisma().derived.upsert({
        where: { assetId_kind: { assetId, kind: d.kind } },
        create: { assetId, ...d },
        update: { ...d, createdAt: new Date() },
      }),
    ),
  );
}

export interface VideoMediaCounts {
  /** Ready, online videos. */
  total: number;
  /** With all four preview media. */
  done: number;
  /** Queued or running, retries included. */
  pending: number;
  /** Their job ran out of attempts (the reports are in Jobs). */
  failed: number;
  /** Neither made nor queued: ingested before video:media existed, or their job was removed. */
  missing: number;
}

/** Where every video stands, by its Derived rows and its keyed job (`video:media:<id>`). */
export async function countVideoMedia(): Promise<VideoMediaCounts> {
  const [row] = await prisma().$queryRaw<Record<keyof VideoMediaCounts, bigint>[]>`
    WITH v AS (
      SELECT (SELECT count(*) FROM derived d WHERE d.asset_id = a.id AND d.kind IN ('sprite', 'vtt', 'teaser_sm', 'teaser_lg')) = 4 AS done,
             j.attempts, j.max_attempts, j.id AS job_id
      FROM assets a LEFT JOIN graphile_worker.jobs j ON j.key = 'video:media:' || a.id::text
      WHERE a.type = 'video' AND a.status = 'online' AND a.ingest_status = 'ready')
    SELECT count(*) AS total,
           count(*) FILTER (WHERE done AND job_id IS NULL) AS done,
           count(*) FILTER (WHERE job_id IS NOT NULL AND attempts < max_attempts) AS pending,
           count(*) FILTER (WHERE job_id IS NOT NULL AND attempts >= max_attempts) AS failed,
           count(*) FILTER (WHERE NOT done AND job_id IS NULL) AS missing
    FROM v`;
  return { total: Number(row.total), done: Number(row.done), pending: Number(row.pending), failed: Number(row.failed), missing: Number(row.missing) };
}

/** Ready videos with neither all preview media nor a job for them. */
export async function findVideosMissingMedia(): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT a.id FROM assets a
    WHERE a.type = 'video' AND a.status = 'online' AND a.ingest_status = 'ready'
      AND (SELECT count(*) FROM derived d WHERE d.asset_id = a.id AND d.kind IN ('sprite', 'vtt', 'teaser_sm', 'teaser_lg')) < 4
      AND NOT EXISTS (SELECT 1 FROM graphile_worker.jobs j WHERE j.key = 'video:media:' || a.id::text)`;
  return rows.map((r) => r.id);
}

export interface VideoMediaStateRow {
  id: string;
  rel_path: string;
  library_name: string;
  duration_ms: number | null;
  kinds: string[];
  attempts: number | null;
  max_attempts: number | null;
  locked_at: Date | null;
  last_error: string | null;
}

/** The videos still without all their preview media, or with a job: running first, then
 * failed, queued and never queued; at most `limit` of them (the counts say how many in all). */
export function listUnfinishedVideoMedia(limit: number): Promise<VideoMediaStateRow[]> {
  return prisma().$queryRaw<VideoMediaStateRow[]>`
    SELECT a.id::text AS id, a.rel_path, l.name AS library_name, a.duration_ms,
           coalesce((SELECT array_agg(d.kind::text ORDER BY d.kind::text) FROM derived d
                     WHERE d.asset_id = a.id AND d.kind IN ('sprite', 'vtt', 'teaser_sm', 'teaser_lg')), '{}') AS kinds,
           j.attempts, j.max_attempts, j.locked_at, j.last_error
    FROM assets a
    JOIN libraries l ON l.id = a.library_id
    LEFT JOIN graphile_worker.jobs j ON j.key = 'video:media:' || a.id::text
    WHERE a.type = 'video' AND a.status = 'online' AND a.ingest_status = 'ready'
      AND (j.id IS NOT NULL OR (SELECT count(*) FROM derived d WHERE d.asset_id = a.id
                                AND d.kind IN ('sprite', 'vtt', 'teaser_sm', 'teaser_lg')) < 4)
    ORDER BY (j.locked_at IS NOT NULL) DESC, (j.attempts >= j.max_attempts) DESC NULLS LAST, (j.id IS NOT NULL) DESC, a.rel_path
    LIMIT ${limit}`;
}
