// One user's own metadata as a UserExport: per asset (library name + path + checksum) their
// favourite, rating, like, view state, markers, comments, finish points, and the tags and
// performers they put on it; plus their tags (with parents), performers and saved searches.
import { notFound } from '@/lib/server/errors';
import { type ExportedAsset, USER_EXPORT_FORMAT, USER_EXPORT_VERSION, type UserExport } from './user-export.schemas';
import { findUserByIdOrEmail, readUserMetadata } from './user-export.queries';

interface AssetIdentity {
  relPath: string;
  checksum: Uint8Array | null;
  library: { name: string };
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export async function exportUserData(userRef: string, now = new Date()): Promise<UserExport> {
  const user = await findUserByIdOrEmail(userRef);
  if (!user) throw notFound(`No user "${userRef}".`);
  const data = await readUserMetadata(user.id);

  const assets = new Map<string, ExportedAsset>();
  const entry = (asset: AssetIdentity): ExportedAsset => {
    const checksum = asset.checksum ? Buffer.from(asset.checksum).toString('hex') : null;
    const key = JSON.stringify([asset.library.name, asset.relPath, checksum]);
    let found = assets.get(key);
    if (!found) {
      found = { library: asset.library.name, relPath: asset.relPath, checksum, state: null, markers: [], comments: [], finishPoints: [], tags: [], people: [] };
      assets.set(key, found);
    }
    return found;
  };

  for (const s of data.states) {
    entry(s.asset).state = {
      favouriteAt: iso(s.favouriteAt),
      rating: s.rating === null ? null : s.rating / 2, // stored in halves
      ratedAt: iso(s.ratedAt),
      likedAt: iso(s.likedAt),
      lastViewedAt: iso(s.lastViewedAt),
      viewSeconds: s.viewSeconds,
      resumeAt: s.resumeAt,
      playCount: s.playCount,
      archived: s.archived,
    };
  }
  for (const m of data.markers) entry(m.asset).markers.push({ seconds: m.seconds, endSeconds: m.endSeconds, title: m.title, createdAt: m.createdAt.toISOString() });
  for (const c of data.comments) entry(c.asset).comments.push({ body: c.body, createdAt: c.createdAt.toISOString(), editedAt: iso(c.editedAt) });
  for (const f of data.finishPoints) entry(f.asset).finishPoints.push({ seconds: f.seconds, createdAt: f.createdAt.toISOString() });
  for (const t of data.assetTags) entry(t.asset).tags.push(t.tag.name);
  for (const p of data.assetPeople) entry(p.asset).people.push({ name: p.person.name, role: p.role });

  return {
    format: USER_EXPORT_FORMAT,
    version: USER_EXPORT_VERSION,
    exportedAt: now.toISOString(),
    user: { email: user.email },
    tags: data.tags.map((t) => ({ name: t.name, aliases: t.aliases, description: t.description, parents: t.parents.map((p) => p.parent.name).sort() })),
    people: data.people.map((p) => ({ name: p.name, aliases: p.aliases, description: p.description })),
    savedSearches: data.savedSearches.map((s) => ({ name: s.name, query: s.query })),
    assets: [...assets.values()]
      .map((a) => ({ ...a, tags: a.tags.sort(), people: a.people.sort((x, y) => x.name.localeCompare(y.name)) }))
      .sort((a, b) => a.library.localeCompare(b.library) || a.relPath.localeCompare(b.relPath)),
  };
}
