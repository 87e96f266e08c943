// An album made with prisma directly (the albums domain is another room's): owner O with a
// library of photos, two of them in the album (added by O), a contributor C, a viewer V, a
// person R who is about to be removed, and a stranger S; everyone signed in.
import { prisma } from '@/lib/server/db';
import { createAsset, libraryOwner } from '../support/asset-factory';
import { createUser, params, request, signIn } from '../support/factories';

export async function namedUser(name: string) {
  const user = await createUser();
  await prisma().user.update({ where: { id: user.id }, data: { name } });
  return { ...user, name, cookie: (await signIn(user.id)).cookie };
}

export async function sharedAlbum() {
  const [owner, contributor, viewer, removed, stranger] = await Promise.all(
    ['Olga', 'Carl', 'Vera', 'Remy', 'Stan'].map((name) => namedUser(name)),
  );
  const lib = await libraryOwner(owner.id);
  const items = [await createAsset(lib, { local: '2024-07-14 10:00:00' }), await createAsset(lib, { local: '2024-07-14 11:00:00' })];
  const outside = await createAsset(lib, { local: '2024-07-14 12:00:00' });
  const album = await prisma().album.create({ data: { ownerId: owner.id, title: 'Summer' } });
  await prisma().albumAsset.createMany({ data: items.map((assetId) => ({ albumId: album.id, assetId, addedBy: owner.id })) });
  await prisma().albumMember.createMany({
    data: [
      { albumId: album.id, userId: contributor.id, role: 'contributor' },
      { albumId: album.id, userId: viewer.id, role: 'viewer' },
      { albumId: album.id, userId: removed.id, role: 'viewer' },
    ],
  });
  return { owner, contributor, viewer, removed, stranger, album, items, outside, lib };
}

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls a route handler the way Next does, as the person whose cookie is given. */
export function call(handler: unknown, path: string, p: Record<string, string>, init: { method?: string; cookie?: string; json?: unknown } = {}) {
  return (handler as Handler)(request(path, init), params(p));
}
