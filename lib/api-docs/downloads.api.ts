// ZIP downloads of many originals: a ticket for chosen items or an album, then the ZIP itself,
// streamed with its exact length so the browser's download bar shows the progress.
import { albumIdParamsSchema, downloadRequestSchema, downloadTicketSchema, ticketParamsSchema, type DownloadTicket } from '@/lib/downloads/downloads.schemas';
import type { Documents } from './documents';
import { type ApiAnswer, type ApiRoutes, json, media } from './operation';

const ticketDocumented: Documents<typeof downloadTicketSchema, DownloadTicket> = true;
void ticketDocumented;

const zip: Record<number, ApiAnswer> = {
  200: media('The ZIP (entries stored, not compressed), with an exact Content-Length; a file that vanishes or changes while it streams breaks the connection short of it.', 'application/zip'),
};
const streamErrors = {
  409: 'None of the files can be read (offline, moved, unreadable), or the album is empty.',
  429: 'The user already has two ZIP downloads running (Retry-After).',
};

export const downloadRoutes: ApiRoutes = {
  downloads: {
    POST: {
      summary: 'A ticket for one ZIP of chosen items ({ ids }, at most 10,000) or of an album ({ albumId })',
      description: 'Every item is checked (all or nothing: 404). The ticket is valid five minutes, for this user only; files that cannot be read are listed and left out (a note inside the ZIP names them).',
      access: 'user',
      body: downloadRequestSchema,
      answers: { 201: json('The ticket: the URL to navigate to, the file name, what it holds.', downloadTicketSchema) },
      errors: { 409: 'None of the files can be read right now (offline, moved, unreadable), or the album is empty.' },
    },
  },
  'downloads/[ticket]': {
    GET: { summary: 'The ZIP a ticket names (its user only; expired or unknown: 404)', access: 'user', path: ticketParamsSchema, answers: zip, errors: streamErrors },
  },
  'albums/[id]/download': {
    GET: { summary: 'The album as one ZIP named after it, in the album’s order (owner and members)', access: 'user', path: albumIdParamsSchema, answers: zip, errors: streamErrors },
  },
};
