// Figures over the catalogue: totals and month distributions of the current search (the
// charts), and the dashboard's counts, top lists and this user's watch time per week. All over
// what the user sees (visibleVideoSql), entities over what they own or see on such videos.
import { readableAssetSql } from '@/lib/access/access.queries';
import { prisma } from '@/lib/server/db';
import { Prisma } from '@/lib/server/generated/prisma/client';
import type { VideoFilter } from './catalogue.schemas';
import { videoFilterSql, visibleVideoSql } from './video-filters.queries';

const stateOf = (userId: string) => Prisma.sql`LEFT JOIN asset_user_states s ON s.asset_id = a.id AND s.user_id = ${userId}::uuid`;

export interface StatsRow {
  total: number;
  duration_ms: number;
  bytes: number;
  added: { month: string; count: number }[];
  released: { month: string; count: number }[];
}

/** Count, total duration and size, and videos per month added (UTC) and released. */
export async function selectVideoStats(userId: string, filter: VideoFilter): Promise<StatsRow> {
  const rows = await prisma().$queryRaw<StatsRow[]>`
    WITH m AS MATERIALIZED (
      SELECT a.created_at, a.release_date, a.duration_ms, a.size FROM assets a ${stateOf(userId)}
      WHERE ${visibleVideoSql(userId)} AND ${videoFilterSql(userId, filter)}
    )
    SELECT (SELECT count(*)::int FROM m) AS total,
           (SELECT coalesce(sum(duration_ms), 0)::float8 FROM m) AS duration_ms,
           (SELECT coalesce(sum(size), 0)::float8 FROM m) AS bytes,
           (SELECT coalesce(json_agg(json_build_object('month', k, 'count', n) ORDER BY k), '[]') FROM (
              SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM') AS k, count(*)::int AS n FROM m GROUP BY 1) x) AS added,
           (SELECT coalesce(json_agg(json_build_object('month', k, 'count', n) ORDER BY k), '[]') FROM (
              SELECT to_char(release_date, 'YYYY-MM') AS k, count(*)::int AS n FROM m WHERE release_date IS NOT NULL GROUP BY 1) x) AS released`;
  return rows[0];
}

export interface DashboardRow {
  videos: number;
  duration_ms: number;
  bytes: number;
  performers: number;
  studios: number;
  tags: number;
  most_watched: string[] | null;
  most_liked: string[] | null;
  recently_added: string[] | null;
  weeks: { week: string; seconds: number }[];
}

/**
 * The dashboard in one round trip. Performers, studios and tags count when the user owns them
 * or sees them on a visible video (a shared library's). Most watched: this user's plays; most
 * liked: likes by everyone who can see the video; ties by id. Watch time: this user's plays
 * (video_plays) per ISO week (Monday, UTC) of the last 26, empty weeks as 0.
 */
export async function selectDashboard(userId: string): Promise<DashboardRow> {
  const me = Prisma.sql`${userId}::uuid`;
  const rows = await prisma().$queryRaw<DashboardRow[]>`
    WITH v AS MATERIALIZED (
      SELECT a.id, a.studio_id, a.created_at, a.duration_ms, a.size, coalesce(s.play_count, 0) AS plays
      FROM assets a ${stateOf(userId)} WHERE ${visibleVideoSql(userId)}
    ), likes AS (
      SELECT l.asset_id, count(*) AS n FROM asset_user_states l JOIN assets a ON a.id = l.asset_id
      WHERE l.liked_at IS NOT NULL AND l.asset_id IN (SELECT id FROM v)
        AND ${readableAssetSql(Prisma.sql`l.user_id`)}
      GROUP BY l.asset_id
    ), weeks AS (
      SELECT generate_series(date_trunc('week', now() AT TIME ZONE 'UTC') - interval '25 weeks', date_trunc('week', now() AT TIME ZONE 'UTC'), interval '1 week') AS week
    )
    SELECT (SELECT count(*)::int FROM v) AS videos,
           (SELECT coalesce(sum(duration_ms), 0)::float8 FROM v) AS duration_ms,
           (SELECT coalesce(sum(size), 0)::float8 FROM v) AS bytes,
           (SELECT count(*)::int FROM people p WHERE p.name <> '' AND (p.owner_id = ${me}
              OR EXISTS (SELECT 1 FROM asset_people ap JOIN v ON v.id = ap.asset_id WHERE ap.person_id = p.id))) AS performers,
           (SELECT count(*)::int FROM studios st WHERE st.owner_id = ${me} OR st.id IN (SELECT studio_id FROM v)) AS studios,
           (SELECT count(*)::int FROM tags t WHERE t.owner_id = ${me}
              OR EXISTS (SELECT 1 FROM asset_tags x JOIN v ON v.id = x.asset_id WHERE x.tag_id = t.id)
              OR EXISTS (SELECT 1 FROM person_tags pt JOIN asset_people ap ON ap.person_id = pt.person_id JOIN v ON v.id = ap.asset_id WHERE pt.tag_id = t.id)) AS tags,
           (SELECT array_agg(id::text ORDER BY plays DESC, id) FROM (SELECT id, plays FROM v WHERE plays > 0 ORDER BY plays DESC, id LIMIT 5) x) AS most_watched,
           (SELECT array_agg(asset_id::text ORDER BY n DESC, asset_id) FROM (SELECT asset_id, n FROM likes ORDER BY n DESC, asset_id LIMIT 5) x) AS most_liked,
           (SELECT array_agg(id::text ORDER BY created_at DESC, id DESC) FROM (SELECT id, created_at FROM v ORDER BY created_at DESC, id DESC LIMIT 5) x) AS recently_added,
           (SELECT json_agg(json_build_object('week', to_char(w.week, 'YYYY-MM-DD'), 'seconds', coalesce(p.seconds, 0)) ORDER BY w.week)
              FROM weeks w LEFT JOIN (
                SELECT date_trunc('week', vp.started_at AT TIME ZONE 'UTC') AS week, sum(vp.watched_seconds)::float8 AS seconds
                FROM video_plays vp WHERE vp.user_id = ${me} AND vp.started_at >= now() - interval '27 weeks' GROUP BY 1
              ) p ON p.week = w.week) AS weeks`;
  return rows[0];
}
