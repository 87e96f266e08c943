// A UserExport read back onto the same files: each asset is matched among those the user can
// see by its path in the library and its checksum (a file that changed since is not the same
// photo: it is reported, not applied). The file is validated first and applied in one
// transaction, so a bad file writes nothing. Idempotent: importing the same file twice
// changes nothing (states are set, markers/comments/finish points and links added if missing).
import { AppError, notFound } from '@/lib/server/errors';
import { prisma } from '@/lib/server/db';
import type { Prisma } from '@/lib/server/generated/prisma/client';
import { type ExportedAsset, type ImportReport, userExportSchema, type UserExport } from './user-export.schemas';
import {
  addMissingComment,
  addMissingFinishPoint,
  addMissingMarker,
  findOrCreatePerson,
  findOrCreateTag,
  findUserByIdOrEmail,
  findVisibleAssetsByPath,
  linkAssetPeople,
  linkAssetTags,
  linkTagParents,
  upsertAssetState,
  upsertSavedSearch,
} from './user-export.queries';

type Tx = Prisma.TransactionClient;

export function parseUserExport(json: unknown): UserExport {
  const result = userExportSchema.safeParse(json);
  if (!result.success) {
    const lines = result.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
    throw new AppError('validation_failed', `Not a Shoebox user export (nothing was imported):\n  ${lines.join('\n  ')}`, result.error.issues);
  }
  return result.data;
}

const date = (s: string | null) => (s === null ? null : new Date(s));

type VisibleAsset = Awaited<ReturnType<typeof findVisibleAssetsByPath>>[number];

/** The asset this entry names: same path and checksum, preferring the library of the same name. */
function matchAsset(entry: ExportedAsset, candidates: VisibleAsset[]): { id: string } | { reason: ImportReport['unmatched'][number]['reason'] } {
  const samePath = candidates.filter((c) => c.relPath === entry.relPath);
  const same = samePath.filter((c) => (c.checksum ? Buffer.from(c.checksum).toString('hex') : null) === entry.checksum);
  const best = same.find((c) => c.library.name === entry.library) ?? same[0];
  if (best) return { id: best.id };
  return { reason: samePath.length ? 'checksum differs' : 'not found' };
}

async function applyTagsAndPeople(tx: Tx, userId: string, file: UserExport) {
  const tagIds = new Map<string, string>();
  const personIds = new Map<string, string>();
  const tagId = async (name: string) => {
    const key = name.toLowerCase();
    if (!tagIds.has(key)) tagIds.set(key, (await findOrCreateTag(tx, userId, { name, aliases: [], description: null })).id);
    return tagIds.get(key)!;
  };
  const personId = async (name: string) => {
    const key = name.toLowerCase();
    if (!personIds.has(key)) personIds.set(key, (await findOrCreatePerson(tx, userId, { name, aliases: [], description: null })).id);
    return personIds.get(key)!;
  };
  for (const t of file.tags) tagIds.set(t.name.toLowerCase(), (await findOrCreateTag(tx, userId, t)).id);
  for (const p of file.people) personIds.set(p.name.toLowerCase(), (await findOrCreatePerson(tx, userId, p)).id);
  const parentLinks = [];
  for (const t of file.tags) for (const parent of t.parents) parentLinks.push({ tagId: await tagId(t.name), parentId: await tagId(parent) });
  if (parentLinks.length) await linkTagParents(tx, parentLinks);
  return { tagId, personId };
}

async function applyAsset(tx: Tx, userId: string, assetId: string, entry: ExportedAsset, ids: Awaited<ReturnType<typeof applyTagsAndPeople>>) {
  const s = entry.state;
  if (s) {
    await upsertAssetState(tx, userId, assetId, {
      favouriteAt: date(s.favouriteAt),
      rating: s.rating === null ? null : Math.round(s.rating * 2),
      ratedAt: date(s.ratedAt),
      likedAt: date(s.likedAt),
      lastViewedAt: date(s.lastViewedAt),
      viewSeconds: s.viewSeconds,
      resumeAt: s.resumeAt,
      playCount: s.playCount,
      archived: s.archived,
    });
  }
  for (const m of entry.markers) await addMissingMarker(tx, { assetId, userId, seconds: m.seconds, endSeconds: m.endSeconds, title: m.title, createdAt: new Date(m.createdAt) });
  for (const c of entry.comments) await addMissingComment(tx, { assetId, userId, body: c.body, createdAt: new Date(c.createdAt), editedAt: date(c.editedAt) });
  for (const f of entry.finishPoints) await addMissingFinishPoint(tx, { assetId, userId, seconds: f.seconds, createdAt: new Date(f.createdAt) });
  const tags = await Promise.all(entry.tags.map(async (name) => ({ assetId, tagId: await ids.tagId(name) })));
  if (tags.length) await linkAssetTags(tx, tags);
  const people = [];
  for (const p of entry.people) people.push({ assetId, personId: await ids.personId(p.name), role: p.role });
  if (people.length) await linkAssetPeople(tx, people);
}

export async function importUserData(userRef: string, json: unknown): Promise<ImportReport> {
  const file = parseUserExport(json);
  const user = await findUserByIdOrEmail(userRef);
  if (!user) throw notFound(`No user "${userRef}".`);
  const candidates = await findVisibleAssetsByPath(user.id, [...new Set(file.assets.map((a) => a.relPath))]);
  const report: ImportReport = { matched: 0, unmatched: [] };
  // Minutes for a large collection: far beyond Prisma's 5 s default for interactive transactions.
  await prisma().$transaction(
    async (tx) => {
      const ids = await applyTagsAndPeople(tx, user.id, file);
      for (const s of file.savedSearches) await upsertSavedSearch(tx, user.id, s);
      for (const entry of file.assets) {
        const match = matchAsset(entry, candidates);
        if ('reason' in match) {
          report.unmatched.push({ library: entry.library, relPath: entry.relPath, reason: match.reason });
          continue;
        }
        await applyAsset(tx, user.id, match.id, entry, ids);
        report.matched++;
      }
    },
    { timeout: 30 * 60_000, maxWait: 60_000 },
  );
  return report;
}
