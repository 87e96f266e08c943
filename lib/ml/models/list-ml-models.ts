// The models /admin shows: the configured ones (even before their first download) and any
// other row left in ml_models (a model used before a change of ML_CLIP_MODEL).
import { env } from '@/lib/server/env';
import { selectMlModels } from './ml-models.queries';

export interface MlModelView {
  id: string;
  /** What Shoebox uses it for; null for a model no longer configured. */
  purpose: string | null;
  status: 'ready' | 'downloading' | 'failed' | 'not downloaded';
  bytesDone: number;
  bytesTotal: number | null;
  error: string | null;
  updatedAt: string | null;
}

export async function listMlModels(): Promise<MlModelView[]> {
  const rows = await selectMlModels();
  const configured = [{ id: env.ML_CLIP_MODEL, purpose: 'CLIP: semantic search and photo questions' }];
  const views: MlModelView[] = configured.map(({ id, purpose }) => {
    const row = rows.find((r) => r.id === id);
    return row ? { ...toView(row), purpose } : { id, purpose, status: 'not downloaded', bytesDone: 0, bytesTotal: null, error: null, updatedAt: null };
  });
  for (const row of rows) if (!configured.some((c) => c.id === row.id)) views.push({ ...toView(row), purpose: null });
  return views;
}

function toView(row: Awaited<ReturnType<typeof selectMlModels>>[number]): Omit<MlModelView, 'purpose'> {
  const status = row.status === 'ready' || row.status === 'downloading' || row.status === 'failed' ? row.status : 'failed';
  return {
    id: row.id,
    status,
    bytesDone: Number(row.bytesDone),
    bytesTotal: row.bytesTotal === null ? null : Number(row.bytesTotal),
    error: row.error,
    updatedAt: row.updatedAt.toISOString(),
  };
}
