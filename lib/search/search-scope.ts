// What a search may answer, as SQL on assets `a`: the timeline's assets of this user (own and
// shared libraries, online, ingested, not archived by them) narrowed by the filters and the date
// the box named. A library or "like" id the user cannot read is a 404 before anything runs; a
// person id needs no check: it can only narrow assets the user may already read.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import type { Prisma } from '@/lib/server/db';
import { Prisma as PrismaSql } from '@/lib/server/generated/prisma/client';
import { timelineReaderOf } from '@/lib/timeline/timeline-reader';
import type { TimelineReader } from '@/lib/timeline/timeline.schemas';
import { filtersSql, searchableSql } from './asset-search.queries';
import { type ParsedSearchQuery, parseSearchQuery } from './parse-search-query';
import type { SearchQuery } from './search.schemas';

export interface SearchScope {
  reader: TimelineReader;
  parsed: ParsedSearchQuery;
  /** Readable and filtered. */
  where: Prisma.Sql;
}

export async function searchScope(actor: Actor, query: SearchQuery): Promise<SearchScope> {
  if (query.library) await requireAccess(actor, 'library.read', [query.library]);
  if (query.like) await requireAccess(actor, 'asset.read', [query.like]);
  const reader = await timelineReaderOf(actor.id);
  const parsed = query.like ? { words: [], date: null } : parseSearchQuery(query.q);
  const where = PrismaSql.sql`${searchableSql(reader)} AND ${filtersSql(reader, query, parsed.date)}`;
  return { reader, parsed, where };
}
