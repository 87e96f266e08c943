// The viewer's previous/next: the asset just before or after one in the timeline's order and
// view. The order keys and view predicates are the timeline's own (lib/timeline), so the
// viewer walks exactly what the timeline shows. lib/access has already said yes to the id.
import { prisma } from '@/lib/server/db';
import { Prisma } from '@/lib/server/generated/prisma/client';
import { DAY_KEY, INSTANT_KEY, MONTH_KEY, ORDER_ASC, ORDER_DESC, ORDER_KEYS, STATE_LOOKUP, viewCondition } from '@/lib/timeline/timeline.queries';
import type { TimelineFilter, TimelineReader } from '@/lib/timeline/timeline.schemas';

/** The asset just before (newer) or after (older) one, in timeline order, across months. */
export async function selectNeighbour(reader: TimelineReader, filter: TimelineFilter, assetId: string, direction: 'newer' | 'older') {
  const cmp = direction === 'older' ? Prisma.sql`<` : Prisma.sql`>`;
  const order = direction === 'older' ? ORDER_DESC : ORDER_ASC;
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    WITH pivot AS (
      SELECT ${MONTH_KEY} AS m, ${DAY_KEY} AS d, ${INSTANT_KEY} AS k, a.id FROM assets a
      WHERE a.id = ${assetId}::uuid)
    SELECT a.id FROM assets a ${STATE_LOOKUP(reader.userId)}, pivot p
    WHERE ${viewCondition(reader, filter)} AND ${ORDER_KEYS} ${cmp} (p.m, p.d, p.k, p.id)
    ORDER BY ${order}
    LIMIT 1`;
  return rows[0]?.id ?? null;
}
