// ZIP downloads of many originals (docs/downloads.md): the request for a download ticket, the
// answer, and the limits.
import { z } from 'zod';

/** Items in one ZIP; beyond it, a request is refused (422) rather than left running for hours. */
export const MAX_ZIP_ITEMS = 10_000;
/** ZIPs one user streams at once from one web process; the next is refused (429). */
export const MAX_ZIP_STREAMS_PER_USER = 2;
/** How long a ticket may be used (by its user only); the browser fetches it at once. */
export const TICKET_TTL_SECONDS = 5 * 60;
/** The note inside a ZIP listing the files that could not be included (offline, missing). */
export const MISSING_NOTE_NAME = 'Shoebox - files not included.txt';

const uuid = z.uuid({ error: 'Not an id.' });

/** Either chosen items or an album (its items in the album's order). */
export const downloadRequestSchema = z
  .object({
    ids: z
      .array(uuid)
      .min(1, 'Choose at least one photo or video.')
      .max(MAX_ZIP_ITEMS, `A download holds at most ${MAX_ZIP_ITEMS.toLocaleString('en')} items; choose fewer.`)
      .optional(),
    albumId: uuid.optional(),
  })
  .strict()
  .refine((r) => (r.ids === undefined) !== (r.albumId === undefined), { message: 'Give either ids or albumId.' });
export type DownloadRequest = z.infer<typeof downloadRequestSchema>;

export const ticketParamsSchema = z.object({ ticket: z.string().min(1).max(200) });
export const albumIdParamsSchema = z.object({ id: z.string() });

const missingItemSchema = z.object({ id: z.string(), fileName: z.string() });

export const downloadTicketSchema = z.object({
  /** Where the browser navigates to fetch the ZIP (GET, the same signed-in user). */
  url: z.string(),
  fileName: z.string(),
  /** Files in the ZIP, and their bytes (the ZIP's size is a little more). */
  items: z.number().int(),
  bytes: z.number().int(),
  /** Files left out (offline, moved, unreadable); the ZIP holds a note listing them. */
  missing: z.array(missingItemSchema),
  expiresAt: z.string(),
});
export type DownloadTicket = z.infer<typeof downloadTicketSchema>;
export type MissingItem = z.infer<typeof missingItemSchema>;
