// A small collection to search, filter and sort, where every answer can be worked out by hand.
// The owner keeps four videos A–D in the library shared with the member, a private one E, and
// their performers, studios and tags; the stranger has a video F with a tag of their own.
//
//        title              path                    dur  size  res        released    studio    performers         tags (own)
//   A    Clip 10            trips/beach/a.mp4        60  5000  1280×720   2020-05-01  Studio 1  Alice              beach
//   B    Clip 2             trips/beachside/b.mp4   120  3000  1920×1080  2021-01-15  Studio 2  Alice, Bob         –
//   C    Sunny Beach House  home/c.mkv               30  9000  3840×2160  –           –         Bob, Carol, Dave   sunset
//   D    (zoo-day)          home/zoo-day.mp4        600  1000  640×480    2019-07-01  Other     –                  –   (organised)
// Studios: Big ⊃ Studio 1 ⊃ Studio 2. Tags: outdoor ⊃ beach, sunset; Alice's own tag: blonde.
// Bob's alias: "Robert Smith". Bitrates: A 1000, B 3000, D 500, C unknown. Subtitles: D.
// Member's state: A 5★ liked favourite 2 plays 300 s (viewed 2025-03-01); B 3★ in progress at
// 40 s (2025-03-05); D 1★ 1 play 600 s (2025-02-01); C untouched. Owner likes A and B.
// Member's marker on A; a chapter on B; a comment on C. Added: A 2024-01-10 … D 2024-04-10.
import { prisma } from '@/lib/server/db';
import { addVideo, household } from './helpers';

type Lib = { ownerId: string; libraryId: string };

export async function setVideo(id: string, data: { size?: number; width?: number; height?: number; releaseDate?: string; organised?: boolean; studioId?: string; addedAt?: string; description?: string }) {
  await prisma().asset.update({
    where: { id },
    data: {
      size: data.size,
      width: data.width,
      height: data.height,
      releaseDate: data.releaseDate ? new Date(`${data.releaseDate}T00:00:00Z`) : undefined,
      organised: data.organised,
      studioId: data.studioId,
      createdAt: data.addedAt ? new Date(data.addedAt) : undefined,
      description: data.description,
    },
  });
}

export const person = (ownerId: string, name: string, aliases: string[] = []) => prisma().person.create({ data: { ownerId, name, aliases } }).then((p) => p.id);
export const studio = (ownerId: string, name: string, parentId?: string) => prisma().studio.create({ data: { ownerId, name, parentId } }).then((s) => s.id);
export const tag = (ownerId: string, name: string, parentIds: string[] = []) =>
  prisma()
    .tag.create({ data: { ownerId, name, parents: { create: parentIds.map((parentId) => ({ parentId })) } } })
    .then((t) => t.id);
export const link = async (assetId: string, people: string[], tags: string[] = []) => {
  for (const personId of people) await prisma().assetPerson.create({ data: { assetId, personId } });
  for (const tagId of tags) await prisma().assetTag.create({ data: { assetId, tagId } });
};
export const state = (userId: string, assetId: string, data: { rating?: number; liked?: boolean; favourite?: boolean; plays?: number; view?: number; resumeAt?: number; lastViewed?: string }) =>
  prisma().assetUserState.create({
    data: {
      userId,
      assetId,
      rating: data.rating !== undefined ? data.rating * 2 : null,
      likedAt: data.liked ? new Date() : null,
      favouriteAt: data.favourite ? new Date() : null,
      playCount: data.plays ?? 0,
      viewSeconds: data.view ?? 0,
      resumeAt: data.resumeAt ?? null,
      lastViewedAt: data.lastViewed ? new Date(data.lastViewed) : null,
    },
  });

async function video(lib: Lib, title: string | undefined, relPath: string, durationS: number, more: Parameters<typeof setVideo>[1], bitrate: number | null) {
  const id = await addVideo(lib, { title, relPath, durationMs: durationS * 1000 });
  await setVideo(id, more);
  if (bitrate !== null) await prisma().videoMeta.create({ data: { assetId: id, bitrate } });
  return id;
}

export async function collection() {
  const h = await household();
  const o = h.owner.id;
  const big = await studio(o, 'Big');
  const s1 = await studio(o, 'Studio 1', big);
  const s2 = await studio(o, 'Studio 2', s1);
  const other = await studio(o, 'Other');
  const outdoor = await tag(o, 'outdoor');
  const beach = await tag(o, 'beach', [outdoor]);
  const sunset = await tag(o, 'sunset', [outdoor]);
  const blonde = await tag(o, 'blonde');
  const alice = await person(o, 'Alice');
  const bob = await person(o, 'Bob', ['Robert Smith']);
  const carol = await person(o, 'Carol');
  const dave = await person(o, 'Dave');
  await prisma().personTag.create({ data: { personId: alice, tagId: blonde } });

  const A = await video(h.family, 'Clip 10', 'trips/beach/a.mp4', 60, { size: 5000, width: 1280, height: 720, releaseDate: '2020-05-01', studioId: s1, addedAt: '2024-01-10T12:00:00Z' }, 1000);
  const B = await video(h.family, 'Clip 2', 'trips/beachside/b.mp4', 120, { size: 3000, width: 1920, height: 1080, releaseDate: '2021-01-15', studioId: s2, addedAt: '2024-02-10T12:00:00Z' }, 3000);
  const C = await video(h.family, 'Sunny Beach House', 'home/c.mkv', 30, { size: 9000, width: 3840, height: 2160, addedAt: '2024-03-10T12:00:00Z' }, null);
  const D = await video(h.family, undefined, 'home/zoo-day.mp4', 600, { size: 1000, width: 640, height: 480, releaseDate: '2019-07-01', studioId: other, organised: true, addedAt: '2024-04-10T12:00:00Z' }, 500);
  const E = await video(h.privateLib, 'Private', 'p/e.mp4', 60, { addedAt: '2024-05-10T12:00:00Z' }, null);
  await link(A, [alice], [beach]);
  await link(B, [alice, bob]);
  await link(C, [bob, carol, dave], [sunset]);
  await prisma().videoMeta.update({ where: { assetId: D }, data: { subtitleTracks: 1 } });

  const m = h.member.id;
  await state(m, A, { rating: 5, liked: true, favourite: true, plays: 2, view: 300, lastViewed: '2025-03-01T10:00:00Z' });
  await state(m, B, { rating: 3, resumeAt: 40, view: 40, lastViewed: '2025-03-05T10:00:00Z' });
  await state(m, D, { rating: 1, plays: 1, view: 600, lastViewed: '2025-02-01T10:00:00Z' });
  await state(o, A, { liked: true });
  await state(o, B, { liked: true });
  await prisma().marker.create({ data: { assetId: A, userId: m, seconds: 5 } });
  await prisma().chapter.create({ data: { assetId: B, seconds: 0, title: 'Start' } });
  await prisma().comment.create({ data: { assetId: C, userId: o, body: 'nice' } });

  const s = h.stranger.id;
  const strangerTag = await tag(s, 'beach');
  const strangerPerson = await person(s, 'Alice');
  const F = await video(h.strangerLib, 'Beach', 'beach/f.mp4', 60, {}, null);
  await link(F, [strangerPerson], [strangerTag]);

  return { h, A, B, C, D, E, F, big, s1, s2, other, outdoor, beach, sunset, blonde, alice, bob, carol, dave, strangerTag, strangerPerson };
}
