// Analysis part `colours`: the picture's palette, dominant colour and its name (the colour
// filter). A video pools its poster with its sprite frames, so one odd poster frame does not
// decide the colour of the whole video. Done when `colours_at` is set.
import sharp from 'sharp';
import type { AnalysisPart } from '../analysis-parts';
import type { AnalysisInput } from '../analysis-input';
import { upsertAnalysis } from '../ml.queries';
import { nameColour } from './colour-name';
import { paletteOf } from './palette';

/** Pixels per picture clustered: ≤ 64×64 keeps k-means at about a millisecond. */
const SIDE = 64;

async function pixelsOf(picture: Buffer): Promise<Buffer> {
  return sharp(picture).resize(SIDE, SIDE, { fit: 'inside' }).flatten({ background: '#ffffff' }).removeAlpha().toColourspace('srgb').raw().toBuffer();
}

export async function computeColours(input: Pick<AnalysisInput, 'main' | 'frames'>) {
  const pixels = Buffer.concat(await Promise.all([input.main, ...input.frames].map(pixelsOf)));
  const palette = paletteOf(pixels);
  const dominant = palette[0]?.hex ?? null;
  return { palette, dominantColor: dominant, colorName: dominant ? nameColour(dominant) : null };
}

export const coloursPart: AnalysisPart = {
  name: 'colours',
  needed: (state) => state?.coloursAt == null,
  unavailable: async () => null,
  async run(input) {
    const { palette, dominantColor, colorName } = await computeColours(input);
    await upsertAnalysis(input.assetId, { palette: palette as unknown as object[], dominantColor, colorName, coloursAt: new Date() });
  },
};
