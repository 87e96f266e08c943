// Walks every ready asset's analysis markers in pages, so the admin's counts and the backfill
// stay generic over `analysisParts`: whatever a part's needed() says is what they count — a new
// part appears in both without code of its own.
import { type AnalysisState, listAnalysisStatesPage } from './ml.queries';

const PAGE = 5000;

export async function walkAnalysisStates(visit: (assetId: string, state: AnalysisState) => void): Promise<void> {
  let after: string | null = null;
  for (;;) {
    const page = await listAnalysisStatesPage(after, PAGE);
    for (const row of page) visit(row.id, row.analysis);
    if (page.length < PAGE) return;
    after = page[page.length - 1].id;
  }
}
