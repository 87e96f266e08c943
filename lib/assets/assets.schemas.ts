import { z } from 'zod';

export const assetIdParamsSchema = z.object({ id: z.uuid() });
export const derivedSizeSchema = z.object({ size: z.enum(['thumb', 'preview']).default('thumb') });

export interface GridAsset {
  id: string;
  relPath: string;
  width: number | null;
  height: number | null;
  takenAtLocal: string;
  thumbhash: string | null; // base64
}
