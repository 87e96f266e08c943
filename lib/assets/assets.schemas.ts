import { z } from 'zod';

export const assetIdParamsSchema = z.object({ id: z.uuid() });
export const derivedSizeSchema = z.object({ size: z.enum(['thumb', 'preview']).default('thumb') });
