// The viewer's info panel, "Analysis": palette with shares, quality and its parts, the questions
// that passed (with their scores), the caption, and the faces as boxes with their people's names.
// Only for an asset the asker can read (404 otherwise). The jsonb columns are read defensively:
// a row written by an older analysis version must not break the viewer.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { selectAnalysisRow, selectAssetFaceBoxes } from './asset-analysis.queries';
import type { AssetAnalysis } from './search.schemas';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function paletteOf(value: unknown): AssetAnalysis['palette'] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((c) => (isRecord(c) && typeof c.hex === 'string' && /^#[0-9a-f]{6}$/i.test(c.hex) && typeof c.share === 'number' ? [{ hex: c.hex, share: c.share }] : []));
}

function numbersOf(value: unknown): Record<string, number> | null {
  if (!isRecord(value)) return null;
  const entries = Object.entries(value).filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]));
  return entries.length ? Object.fromEntries(entries) : null;
}

export async function getAssetAnalysis(actor: Actor, assetId: string): Promise<AssetAnalysis> {
  await requireAccess(actor, 'asset.read', [assetId]);
  const [row, faces] = await Promise.all([selectAnalysisRow(assetId), selectAssetFaceBoxes(assetId)]);
  const scores = numbersOf(row?.answers) ?? {};
  return {
    palette: paletteOf(row?.palette),
    colourName: row?.colorName ?? null,
    quality: row?.quality ?? null,
    qualityParts: numbersOf(row?.qualityParts),
    answers: (row?.labels ?? []).map((key) => ({ key, score: scores[key] ?? null })).sort((x, y) => (y.score ?? 0) - (x.score ?? 0)),
    caption: row?.caption ?? null,
    faces: faces.map((f) => ({ id: f.id, box: { x: f.box_x, y: f.box_y, w: f.box_w, h: f.box_h }, personId: f.person_name === null ? null : f.person_id, personName: f.person_name })),
  };
}
