// Libraries: the folders Shoebox indexes (an administrator adds and changes them), their scans,
// and sharing one read-only with others of the household.
import { addLibraryMemberSchema, createLibrarySchema, libraryIdParamsSchema, libraryMemberParamsSchema, libraryMembersSchema, libraryOverviewSchema, librarySummarySchema, myLibrariesSchema, updateLibrarySchema, type LibraryOverview, type LibrarySummary, type MyLibraries } from '@/lib/libraries/libraries.schemas';
import { z } from 'zod';
import type { createLibrary } from '@/lib/libraries/create-library';
import type { updateLibrary } from '@/lib/libraries/update-library';
import { queuedResponseSchema } from './api-docs.schemas';
import type { Documents } from './documents';
import { type ApiRoutes, json, noContent } from './operation';

const overviewDocumented: Documents<typeof libraryOverviewSchema, LibraryOverview> = true;
const mineDocumented: Documents<typeof myLibrariesSchema, MyLibraries> = true;
const createdDocumented: Documents<typeof librarySummarySchema, Awaited<ReturnType<typeof createLibrary>>> = true;
const updatedDocumented: Documents<typeof librarySummarySchema, Awaited<ReturnType<typeof updateLibrary>>> = true;
const summaryDocumented: Documents<typeof librarySummarySchema, LibrarySummary> = true;
void [overviewDocumented, mineDocumented, createdDocumented, updatedDocumented, summaryDocumented];

const librarySchema = z.object({ library: librarySummarySchema });

export const libraryRoutes: ApiRoutes = {
  libraries: {
    GET: { summary: 'Every library with counts and scan state', access: 'admin', answers: { 200: json('The libraries.', z.object({ libraries: z.array(libraryOverviewSchema) })) } },
    POST: { summary: 'Add a library folder for a user and queue its first scan', access: 'admin', body: createLibrarySchema, answers: { 201: json('The new library (its first scan is queued).', librarySchema) }, errors: { 409: 'The folder overlaps another library.' } },
  },
  'libraries/[id]': {
    PATCH: { summary: 'Change a library’s name, include/exclude globs, schedule, watch', access: 'admin', path: libraryIdParamsSchema, body: updateLibrarySchema, answers: { 200: json('The library as changed.', librarySchema) } },
  },
  'libraries/[id]/scan': { POST: { summary: 'Queue a scan now (repeated clicks fold into one)', access: 'admin', path: libraryIdParamsSchema, answers: { 202: json('Queued.', queuedResponseSchema) } } },
  'libraries/[id]/members': {
    GET: { summary: 'Who the library is shared with (its owner or an administrator)', access: 'user', path: libraryIdParamsSchema, answers: { 200: json('The members.', libraryMembersSchema) } },
    POST: { summary: 'Share it read-only with one more person', access: 'user', path: libraryIdParamsSchema, body: addLibraryMemberSchema, answers: { 200: json('The members now.', libraryMembersSchema) } },
  },
  'libraries/[id]/members/[userId]': { DELETE: { summary: 'Stop sharing the library with that person', access: 'user', path: libraryMemberParamsSchema, answers: { 204: noContent('No longer shared.') } } },
  'me/libraries': { GET: { summary: 'My libraries with whom each is shared, those shared with me, and whom I could share with', access: 'user', answers: { 200: json('The libraries.', myLibrariesSchema) } } },
};
