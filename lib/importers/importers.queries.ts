// The SQL of the importers: a video's .nfo import (the entities it names, created in the
// owner's catalogue when missing, its links with source 'nfo', and the values it applied) and
// the auto-tagger (the user's names, the videos in scope, the links it adds with source
// 'auto', and its runs). Entity names are unique per owner whatever their case (expression
// indexes of migration 20261130100000_organise), so a create is INSERT … ON CONFLICT DO
// NOTHING followed by a SELECT: two ingests naming the same new performer make one.
import { updatableAssetSql } from '@/lib/access/access.queries';
import { prisma, type Prisma as PrismaTypes } from '@/lib/server/db';
import { Prisma } from '@/lib/server/generated/prisma/client';

type Tx = PrismaTypes.TransactionClient;

const TABLES = { performer: Prisma.raw('people'), studio: Prisma.raw('studios'), tag: Prisma.raw('tags') } as const;
export type CatalogueKind = keyof typeof TABLES;

// ── .nfo ───────────────────────────────────────────────────────────────────────────────────

export interface NfoApplied {
  title?: string | null;
  description?: string | null;
  releaseDate?: string | null;
  studioId?: string | null;
  personIds?: string[];
  tagIds?: string[];
  year?: number | null;
  episode?: { show: string | null; season: number | null; episode: number | null } | null;
  warning?: string;
}

export interface AssetForNfo {
  id: string;
  type: string;
  status: string;
  ownerId: string;
  libraryId: string;
  rootPath: string;
  relPath: string;
  nfo: { relPath: string; size: number; mtimeMs: number; applied: NfoApplied } | null;
}

export async function findAssetForNfo(assetId: string): Promise<AssetForNfo | null> {
  const rows = await prisma().$queryRaw<
    { id: string; type: string; status: string; owner_id: string; library_id: string; root_path: string; rel_path: string; nfo_path: string | null; nfo_size: bigint | null; nfo_mtime: Date | null; applied: NfoApplied | null }[]
  >`
    SELECT a.id::text, a.type::text, a.status::text, a.owner_id::text, a.library_id::text, l.root_path, a.rel_path,
           n.rel_path AS nfo_path, n.size AS nfo_size, n.mtime AS nfo_mtime, n.applied
    FROM assets a JOIN libraries l ON l.id = a.library_id LEFT JOIN nfo_imports n ON n.asset_id = a.id
    WHERE a.id = ${assetId}::uuid`;
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id,
    type: r.type,
    status: r.status,
    ownerId: r.owner_id,
    libraryId: r.library_id,
    rootPath: r.root_path,
    relPath: r.rel_path,
    nfo: r.nfo_path === null ? null : { relPath: r.nfo_path, size: Number(r.nfo_size), mtimeMs: r.nfo_mtime!.getTime(), applied: r.applied ?? {} },
  };
}

/** What each online video of a library last imported from (for a rescan to see a changed .nfo). */
export async function listNfoImportsOfLibrary(libraryId: string): Promise<Map<string, { relPath: string; size: number; mtimeMs: number }>> {
  const rows = await prisma().$queryRaw<{ asset_id: string; rel_path: string; size: bigint; mtime: Date }[]>`
    SELECT n.asset_id::text, n.rel_path, n.size, n.mtime FROM nfo_imports n JOIN assets a ON a.id = n.asset_id
    WHERE a.library_id = ${libraryId}::uuid`;
  return new Map(rows.map((r) => [r.asset_id, { relPath: r.rel_path, size: Number(r.size), mtimeMs: r.mtime.getTime() }]));
}

/**
 * The owner's entities of a kind for these names, by name or alias (case-insensitive), creating
 * those that match nothing. Returns lower-cased name → id.
 */
export async function resolveOrCreateEntities(tx: Tx, kind: CatalogueKind, ownerId: string, names: string[]): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  if (names.length === 0) return result;
  const lowers = [...new Set(names.map((n) => n.toLowerCase()))];
  const found = async () => {
    const rows = await tx.$queryRaw<{ id: string; name: string; aliases: string[] }[]>`
      SELECT t.id::text, t.name, t.aliases FROM ${TABLES[kind]} t
      WHERE t.owner_id = ${ownerId}::uuid
        AND (lower(t.name) = ANY(${lowers}::text[]) OR EXISTS (SELECT 1 FROM unnest(t.aliases) al WHERE lower(al) = ANY(${lowers}::text[])))
      ORDER BY t.created_at, t.id`;
    // A name match beats an alias match; among aliases, the oldest entity.
    for (const r of rows) result.set(r.name.toLowerCase(), r.id);
    for (const r of rows) for (const alias of r.aliases) if (!result.has(alias.toLowerCase())) result.set(alias.toLowerCase(), r.id);
  };
  await found();
  const missing = names.filter((n) => !result.has(n.toLowerCase()));
  if (missing.length > 0) {
    await tx.$executeRaw`
      INSERT INTO ${TABLES[kind]} (owner_id, name) SELECT ${ownerId}::uuid, n FROM unnest(${missing}::text[]) AS n
      ON CONFLICT (owner_id, lower(name)) WHERE name <> '' DO NOTHING`;
    await found();
  }
  return result;
}

/**
 * Applies an nfo: title, description, release date and studio only where the video's value is
 * empty or still what the previous import set (a user's edit wins); the nfo's own links are
 * replaced (a link the user or the auto-tagger made is kept, and wins over the nfo's); the
 * import is recorded.
 */
export async function applyNfoImport(
  tx: Tx,
  assetId: string,
  file: { relPath: string; size: number; mtime: Date },
  previous: NfoApplied,
  next: NfoApplied,
  people: { personId: string; role: string | null }[],
): Promise<void> {
  const settable = (column: string, prev: unknown) =>
    Prisma.sql`(${Prisma.raw(column)} IS NULL OR ${Prisma.raw(column)}::text = '' OR ${Prisma.raw(column)}::text IS NOT DISTINCT FROM ${prev === undefined || prev === null ? null : String(prev)}::text)`;
  if (!next.warning) {
    await tx.$executeRaw`
      UPDATE assets SET
        title = CASE WHEN ${settable('title', previous.title)} THEN ${next.title ?? null} ELSE title END,
        description = CASE WHEN ${settable('description', previous.description)} THEN ${next.description ?? null} ELSE description END,
        release_date = CASE WHEN ${settable('release_date', previous.releaseDate)} THEN ${next.releaseDate ?? null}::date ELSE release_date END,
        studio_id = CASE WHEN ${settable('studio_id', previous.studioId)} THEN ${next.studioId ?? null}::uuid ELSE studio_id END
      WHERE id = ${assetId}::uuid`;
    await tx.$executeRaw`DELETE FROM asset_people WHERE asset_id = ${assetId}::uuid AND source = 'nfo'`;
    if (people.length > 0) {
      await tx.$executeRaw`
        INSERT INTO asset_people (asset_id, person_id, role, source)
        SELECT ${assetId}::uuid, p.id, p.role, 'nfo' FROM unnest(${people.map((p) => p.personId)}::uuid[], ${people.map((p) => p.role)}::text[]) AS p(id, role)
        ON CONFLICT (asset_id, person_id) DO NOTHING`;
    }
    await tx.$executeRaw`DELETE FROM asset_tags WHERE asset_id = ${assetId}::uuid AND source = 'nfo'`;
    if (next.tagIds && next.tagIds.length > 0) {
      await tx.$executeRaw`
        INSERT INTO asset_tags (asset_id, tag_id, source) SELECT ${assetId}::uuid, t, 'nfo' FROM unnest(${next.tagIds}::uuid[]) AS t
        ON CONFLICT (asset_id, tag_id) DO NOTHING`;
    }
  }
  // A refused file keeps what the last good import applied, so the next good one compares with that.
  const recorded = next.warning ? { ...previous, warning: next.warning } : next;
  await tx.$executeRaw`
    INSERT INTO nfo_imports (asset_id, rel_path, size, mtime, imported_at, applied)
    VALUES (${assetId}::uuid, ${file.relPath}, ${file.size}, ${file.mtime}, now(), ${JSON.stringify(recorded)}::jsonb)
    ON CONFLICT (asset_id) DO UPDATE SET rel_path = EXCLUDED.rel_path, size = EXCLUDED.size, mtime = EXCLUDED.mtime,
      imported_at = EXCLUDED.imported_at, applied = EXCLUDED.applied`;
}

// ── auto-tag ───────────────────────────────────────────────────────────────────────────────

export interface CatalogueName {
  kind: CatalogueKind;
  id: string;
  name: string;
  aliases: string[];
}

/** Every performer, studio and tag of the user, with aliases: what a run compiles once. */
export async function listCatalogueNames(ownerId: string): Promise<CatalogueName[]> {
  return prisma().$queryRaw<CatalogueName[]>`
    SELECT 'performer' AS kind, id::text, name, aliases FROM people WHERE owner_id = ${ownerId}::uuid AND name <> ''
    UNION ALL SELECT 'studio', id::text, name, aliases FROM studios WHERE owner_id = ${ownerId}::uuid
    UNION ALL SELECT 'tag', id::text, name, aliases FROM tags WHERE owner_id = ${ownerId}::uuid`;
}

export interface AutoTagScope {
  libraryId?: string;
  folder?: string;
  assetIds?: string[];
}

export interface AutoTagCandidate {
  id: string;
  title: string | null;
  relPath: string;
  studioId: string | null;
  personIds: string[];
  tagIds: string[];
}

function scopeSql(userId: string, scope: AutoTagScope): PrismaTypes.Sql {
  const parts = [
    // Only the user's own videos: their catalogue applies to them (asset.update), never to a
    // video shared with them. Organised videos are finished: the auto-tagger leaves them (Stash).
    updatableAssetSql(userId),
    Prisma.sql`a.type = 'video' AND a.status <> 'trashed' AND NOT a.organised`,
  ];
  if (scope.libraryId) parts.push(Prisma.sql`a.library_id = ${scope.libraryId}::uuid`);
  if (scope.folder) parts.push(Prisma.sql`starts_with(a.rel_path, ${`${scope.folder}/`})`);
  if (scope.assetIds) parts.push(Prisma.sql`a.id = ANY(${scope.assetIds}::uuid[])`);
  return Prisma.join(parts, ' AND ');
}

export async function countAutoTagCandidates(userId: string, scope: AutoTagScope): Promise<number> {
  const rows = await prisma().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM assets a WHERE ${scopeSql(userId, scope)}`;
  return rows[0].n;
}

/** A page of the videos in scope, in id order after `afterId`, with their current links. */
export async function listAutoTagCandidates(userId: string, scope: AutoTagScope, afterId: string | null, limit: number): Promise<AutoTagCandidate[]> {
  const after = afterId ? Prisma.sql`AND a.id > ${afterId}::uuid` : Prisma.empty;
  const rows = await prisma().$queryRaw<{ id: string; title: string | null; rel_path: string; studio_id: string | null; person_ids: string[]; tag_ids: string[] }[]>`
    SELECT a.id::text, a.title, a.rel_path, a.studio_id::text,
           ARRAY(SELECT ap.person_id::text FROM asset_people ap WHERE ap.asset_id = a.id) AS person_ids,
           ARRAY(SELECT t.tag_id::text FROM asset_tags t WHERE t.asset_id = a.id) AS tag_ids
    FROM assets a WHERE ${scopeSql(userId, scope)} ${after}
    ORDER BY a.id LIMIT ${limit}`;
  return rows.map((r) => ({ id: r.id, title: r.title, relPath: r.rel_path, studioId: r.studio_id, personIds: r.person_ids, tagIds: r.tag_ids }));
}

/** The distinct folders (not the root) holding the user's own videos in a library. */
export async function listVideoFolders(userId: string, libraryId: string): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ folder: string }[]>`
    SELECT DISTINCT regexp_replace(a.rel_path, '/[^/]*$', '') AS folder FROM assets a
    WHERE ${updatableAssetSql(userId)} AND a.library_id = ${libraryId}::uuid AND a.type = 'video' AND a.status <> 'trashed'
      AND strpos(a.rel_path, '/') > 0
    LIMIT 5000`;
  return rows.map((r) => r.folder);
}

/** Adds links (source 'auto'; an existing link of any source stays as it is) and sets a studio where there is none. */
export async function insertAutoTagLinks(
  changes: { assetId: string; personIds: string[]; tagIds: string[]; studioId: string | null }[],
): Promise<void> {
  const people = changes.flatMap((c) => c.personIds.map((p) => [c.assetId, p] as const));
  const tags = changes.flatMap((c) => c.tagIds.map((t) => [c.assetId, t] as const));
  const studios = changes.filter((c) => c.studioId !== null);
  await prisma().$transaction(async (tx) => {
    if (people.length > 0) {
      await tx.$executeRaw`
        INSERT INTO asset_people (asset_id, person_id, source)
        SELECT x.a, x.p, 'auto' FROM unnest(${people.map((p) => p[0])}::uuid[], ${people.map((p) => p[1])}::uuid[]) AS x(a, p)
        ON CONFLICT (asset_id, person_id) DO NOTHING`;
    }
    if (tags.length > 0) {
      await tx.$executeRaw`
        INSERT INTO asset_tags (asset_id, tag_id, source)
        SELECT x.a, x.t, 'auto' FROM unnest(${tags.map((t) => t[0])}::uuid[], ${tags.map((t) => t[1])}::uuid[]) AS x(a, t)
        ON CONFLICT (asset_id, tag_id) DO NOTHING`;
    }
    if (studios.length > 0) {
      await tx.$executeRaw`
        UPDATE assets a SET studio_id = x.s FROM unnest(${studios.map((s) => s.assetId)}::uuid[], ${studios.map((s) => s.studioId!)}::uuid[]) AS x(a, s)
        WHERE a.id = x.a AND a.studio_id IS NULL`;
    }
  });
}

// ── auto-tag runs ──────────────────────────────────────────────────────────────────────────

const runSelect = {
  id: true,
  libraryId: true,
  folder: true,
  status: true,
  total: true,
  done: true,
  changed: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  error: true,
} as const;
export type AutoTagRunRow = PrismaTypes.AutoTagRunGetPayload<{ select: typeof runSelect }>;

export function insertAutoTagRun(tx: Tx, userId: string, scope: { libraryId: string | null; folder: string | null }): Promise<{ id: string }> {
  return tx.autoTagRun.create({ data: { userId, libraryId: scope.libraryId, folder: scope.folder }, select: { id: true } });
}

export function findAutoTagRun(userId: string, runId: string): Promise<AutoTagRunRow | null> {
  return prisma().autoTagRun.findFirst({ where: { id: runId, userId }, select: runSelect });
}

export function findLatestAutoTagRun(userId: string): Promise<AutoTagRunRow | null> {
  return prisma().autoTagRun.findFirst({ where: { userId }, orderBy: { createdAt: 'desc' }, select: runSelect });
}

export async function updateAutoTagRun(
  runId: string,
  data: { status?: string; total?: number; done?: number; changed?: number; startedAt?: Date; finishedAt?: Date; error?: string | null },
): Promise<void> {
  await prisma().autoTagRun.updateMany({ where: { id: runId }, data });
}
