// Typed fetcher of a ZIP download's ticket (app/api/downloads): the browser then navigates to
// the ticket's URL and its own download manager shows the progress.
import type { z } from 'zod';
import type { DownloadTicket, downloadRequestSchema } from '@/lib/downloads/downloads.schemas';
import { apiFetch } from './api';

export const createDownloadTicket = (input: z.input<typeof downloadRequestSchema>) =>
  apiFetch<DownloadTicket>('/api/downloads', { method: 'POST', json: input });
