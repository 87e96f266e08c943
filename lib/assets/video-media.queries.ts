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
      videoMeta: { select: { fps: true } },
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
