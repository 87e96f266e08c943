// The parts of an analysis, run in this order by ml:analyze (analyze-asset.ts). Each part says
// whether an asset still needs it (from its row's "done" markers), whether it can run now (a
// model may not be downloaded yet: the part stays needed and runs on a later pass), and writes
// its own rows. Adding a part is one file and one line here.
import { photoPhashPart } from '@/lib/duplicates/photo-phash-part';
import { facesPart } from '@/lib/faces/faces-part';
import type { AnalysisInput } from './analysis-input';
import type { AnalysisState } from './ml.queries';
import { clipPart } from './clip/clip-part';
import { coloursPart } from './colours/colours-part';
import { qualityPart } from './quality/quality-part';

export interface AnalysisPart {
  name: string;
  /** Whether this asset still needs the part (null: nothing analysed yet). */
  needed(state: AnalysisState): boolean;
  /** null when it can run; otherwise why not (shown in /admin), and it stays needed. */
  unavailable(): Promise<string | null>;
  run(input: AnalysisInput): Promise<void>;
}

export const analysisParts: AnalysisPart[] = [
  coloursPart,
  qualityPart,
  photoPhashPart,
  clipPart,
  facesPart,
];
