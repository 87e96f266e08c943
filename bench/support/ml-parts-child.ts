// Child process of bench/ml.ts: times each registered analysis part over every ready asset of
// one library (one asset at a time, the part's own decoding included), and prints JSON with its
// peak RSS. A child, so the figures and the RSS are the analysis's alone.
//   node --import tsx bench/support/ml-parts-child.ts <libraryId>
import { loadAnalysisInput } from '../../lib/ml/analysis-input';
import { analysisParts } from '../../lib/ml/analysis-parts';
import { findAssetForAnalysis } from '../../lib/ml/ml.queries';
import { prisma } from '../../lib/server/db';

const libraryId = process.argv[2];
const ids = (await prisma().asset.findMany({ where: { libraryId, ingestStatus: 'ready' }, select: { id: true }, orderBy: { id: 'asc' } })).map((a) => a.id);
let start = performance.now();
const inputs = [];
for (const id of ids) inputs.push(await loadAnalysisInput((await findAssetForAnalysis(id))!));
const loadSeconds = (performance.now() - start) / 1000;
const parts: { name: string; seconds: number | null; waiting: string | null }[] = [];
for (const part of analysisParts) {
  const waiting = await part.unavailable();
  if (waiting) {
    parts.push({ name: part.name, seconds: null, waiting });
    continue;
  }
  await part.run(inputs[0]); // warm-up: a model's first load is not a per-photo cost
  start = performance.now();
  for (const input of inputs) await part.run(input);
  parts.push({ name: part.name, seconds: (performance.now() - start) / 1000, waiting: null });
}
console.log(JSON.stringify({ assets: ids.length, loadSeconds, parts, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
process.exit(0);
