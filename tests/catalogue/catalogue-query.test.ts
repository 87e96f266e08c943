// GET /api/videos with the search panel: every filter and every sort on the hand-checkable
// collection (collection.ts), each asserting the exact ids in order, as the member of the
// shared library sees them (the owner's videos and the owner's performers, studios and tags).
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/db';
import { collection } from './collection';
import { addVideo, getVideos, household, videoPage } from './helpers';

const ids = (page: { items: { id: string }[] }) => page.items.map((v) => v.id);

let c: Awaited<ReturnType<typeof collection>>;
beforeAll(async () => {
  c = await collection();
});
const member = (query: string) => videoPage(c.h.member.cookie, query).then(ids);

describe('GET /api/videos sorts', () => {
  it('sorts every way in both directions, nulls last, ties broken by id', async () => {
    const { A, B, C, D } = c;
    // Ties (likes and plays of 0) fall back to the id, in the sort's direction.
    const [lo, hi] = [B, C].sort();
    const [lo2, hi2] = [C, D].sort();
    const expected: Record<string, [string[], string[]]> = {
      added: [[D, C, B, A], [A, B, C, D]],
      newest: [[D, C, B, A], [A, B, C, D]],
      title: [[D, C, A, B], [B, A, C, D]],
      released: [[B, A, D, C], [D, A, B, C]],
      duration: [[D, B, A, C], [C, A, B, D]],
      size: [[C, A, B, D], [D, B, A, C]],
      resolution: [[C, B, A, D], [D, A, B, C]],
      bitrate: [[B, A, D, C], [D, A, B, C]],
      rating: [[A, B, D, C], [D, B, A, C]],
      likes: [[A, B, hi2, lo2], [lo2, hi2, B, A]],
      plays: [[A, D, hi, lo], [lo, hi, D, A]],
      viewTime: [[D, A, B, C], [C, B, A, D]],
      lastViewed: [[B, A, D, C], [D, A, B, C]],
      fileName: [[D, C, B, A], [A, B, C, D]],
      path: [[B, A, D, C], [C, D, A, B]],
    };
    for (const [sort, [desc, asc]] of Object.entries(expected)) {
      expect(await member(`?sort=${sort}&dir=desc`), `${sort} desc`).toEqual(desc);
      expect(await member(`?sort=${sort}&dir=asc`), `${sort} asc`).toEqual(asc);
    }
    // Each sort's own direction when none is given.
    expect(await member('?sort=title')).toEqual([B, A, C, D]);
    expect(await member('?sort=rating')).toEqual([A, B, D, C]);
    expect(await member('')).toEqual([D, C, B, A]);
  });

  it('shuffles with a seed: the same order on every page for one seed, another for another seed', async () => {
    const h = await household();
    const all: string[] = [];
    for (let i = 0; i < 30; i++) all.push(await addVideo(h.memberLib));
    const pages = async (seed: number) => {
      const got: string[] = [];
      for (const page of [1, 2, 3]) {
        const p = await videoPage(h.member.cookie, `?sort=random&seed=${seed}&pageSize=12&page=${page}`);
        expect(p.seed).toBe(seed);
        got.push(...ids(p));
      }
      return got;
    };
    const first = await pages(7);
    expect([...first].sort()).toEqual([...all].sort());
    expect(await pages(7)).toEqual(first);
    const other = await pages(8);
    expect([...other].sort()).toEqual([...all].sort());
    expect(other).not.toEqual(first);
    // Without a seed a new one is chosen and answered; asking with it gives the same order.
    const shuffled = await videoPage(h.member.cookie, '?sort=random&pageSize=12');
    expect(shuffled.seed).toEqual(expect.any(Number));
    expect(ids(await videoPage(h.member.cookie, `?sort=random&pageSize=12&seed=${shuffled.seed}`))).toEqual(ids(shuffled));
    // Only a random order answers a seed.
    expect(await videoPage(h.member.cookie, '?pageSize=12')).not.toHaveProperty('seed');
  });
});

describe('GET /api/videos filters', () => {
  it('filters by tags: children included, performer tags inherited, any, all and exclude', async () => {
    const { A, B, C, D } = c;
    expect(await member(`?tags=${c.outdoor}`)).toEqual([C, A]);
    expect(await member(`?tags=${c.beach}`)).toEqual([A]);
    expect(await member(`?tags=${c.blonde}`)).toEqual([B, A]);
    expect(await member(`?tags=${c.beach},${c.sunset}`)).toEqual([C, A]);
    expect(await member(`?tags=${c.beach},${c.sunset}&tagsMode=all`)).toEqual([]);
    expect(await member(`?tags=${c.outdoor},${c.blonde}&tagsMode=all`)).toEqual([A]);
    expect(await member(`?tagsExclude=${c.outdoor}`)).toEqual([D, B]);
    expect(await member(`?tagsExclude=${c.blonde}`)).toEqual([D, C]);
    expect(await member(`?tags=${c.outdoor}&tagsExclude=${c.blonde}`)).toEqual([C]);
  });

  it('filters by studio with its children, and by performers any, all and exclude, and by cast size', async () => {
    const { A, B, C, D } = c;
    expect(await member(`?studios=${c.big}`)).toEqual([B, A]);
    expect(await member(`?studios=${c.s1}`)).toEqual([B, A]);
    expect(await member(`?studios=${c.s2}`)).toEqual([B]);
    expect(await member(`?studios=${c.s2},${c.other}`)).toEqual([D, B]);
    expect(await member(`?studiosExclude=${c.s1}`)).toEqual([D, C]);
    expect(await member(`?performers=${c.alice}`)).toEqual([B, A]);
    expect(await member(`?performers=${c.alice},${c.carol}`)).toEqual([C, B, A]);
    expect(await member(`?performers=${c.alice},${c.bob}&performersMode=all`)).toEqual([B]);
    expect(await member(`?performersExclude=${c.bob}`)).toEqual([D, A]);
    expect(await member('?cast=solo')).toEqual([A]);
    expect(await member('?cast=duo')).toEqual([B]);
    expect(await member('?cast=group')).toEqual([C]);
  });

  it("filters by this user's rating, like, favourite, watched state, plays and view time", async () => {
    const { A, B, C, D } = c;
    expect(await member('?ratingMin=3')).toEqual([B, A]);
    expect(await member('?ratingMin=3.5')).toEqual([A]);
    expect(await member('?ratingMax=2')).toEqual([D, C]);
    expect(await member('?ratingMin=1&ratingMax=3')).toEqual([D, B]);
    expect(await member('?liked=true')).toEqual([A]);
    expect(await member('?liked=false')).toEqual([D, C, B]);
    expect(await member('?favourite=true')).toEqual([A]);
    expect(await member('?watched=watched')).toEqual([D, A]);
    expect(await member('?watched=inProgress')).toEqual([B]);
    expect(await member('?watched=unwatched')).toEqual([C]);
    expect(await member('?playsMin=1')).toEqual([D, A]);
    expect(await member('?playsMax=0')).toEqual([C, B]);
    expect(await member('?playsMin=2&playsMax=2')).toEqual([A]);
    expect(await member('?viewMin=100')).toEqual([D, A]);
    expect(await member('?viewMax=50')).toEqual([C, B]);
    // The owner's own state: they liked A and B, rated nothing.
    expect(await videoPage(c.h.owner.cookie, '?liked=true').then(ids)).toEqual([B, A]);
    expect(await videoPage(c.h.owner.cookie, '?ratingMin=0.5').then(ids)).toEqual([]);
  });

  it('filters by the video: organised, duration, resolution, added and release dates, markers, chapters, comments, subtitles', async () => {
    const { A, B, C, D } = c;
    expect(await member('?organised=true')).toEqual([D]);
    expect(await member('?organised=false')).toEqual([C, B, A]);
    expect(await member('?durationMin=100')).toEqual([D, B]);
    expect(await member('?durationMax=60')).toEqual([C, A]);
    expect(await member('?durationMin=60&durationMax=120')).toEqual([B, A]);
    expect(await member('?resolution=720')).toEqual([C, B, A]);
    expect(await member('?resolution=1080')).toEqual([C, B]);
    expect(await member('?resolution=2160')).toEqual([C]);
    expect(await member('?addedFrom=2024-02-10&addedTo=2024-03-10')).toEqual([C, B]);
    expect(await member('?addedTo=2024-01-10')).toEqual([A]);
    expect(await member('?releasedFrom=2020-01-01&releasedTo=2021-01-15')).toEqual([B, A]);
    expect(await member('?releasedTo=2019-12-31')).toEqual([D]);
    expect(await member('?hasMarkers=true')).toEqual([A]);
    expect(await member('?hasMarkers=false')).toEqual([D, C, B]);
    // Markers are private: the owner has none.
    expect(await videoPage(c.h.owner.cookie, '?hasMarkers=true').then(ids)).toEqual([]);
    expect(await member('?hasChapters=true')).toEqual([B]);
    expect(await member('?hasComments=true')).toEqual([C]);
    expect(await member('?hasComments=false')).toEqual([D, B, A]);
    expect(await member('?hasSubtitles=true')).toEqual([D]);
  });

  it('filters by library and by folder on a "/" boundary', async () => {
    const { A, B, C, D } = c;
    expect(await member(`?library=${c.h.family.libraryId}`)).toEqual([D, C, B, A]);
    expect(await member(`?library=${c.h.privateLib.libraryId}`)).toEqual([]);
    expect(await member(`?library=${c.h.family.libraryId}&folder=trips/beach`)).toEqual([A]);
    expect(await member(`?folder=/trips/`)).toEqual([B, A]);
    expect(await member(`?folder=home`)).toEqual([D, C]);
    expect(await member(`?folder=ho`)).toEqual([]);
    expect(await member(`?folder=${encodeURIComponent('trips%')}`)).toEqual([]);
  });

  it('finds by text: a title with a typo, a path, a performer alias, a tag name, a studio name', async () => {
    const { A, B, C, D } = c;
    expect(await member('?q=beech')).toEqual([C, A]);
    expect(await member('?q=sunny')).toEqual([C]);
    expect(await member('?q=zoo-day')).toEqual([D]);
    expect(await member('?q=home')).toEqual([D, C]);
    expect(await member('?q=Robert')).toEqual([C, B]);
    expect(await member('?q=sunset')).toEqual([C]);
    expect(await member('?q=Other')).toEqual([D]);
    expect(await member('?q=clip&sort=title')).toEqual([B, A]);
    expect(await member('?q=zzzzqqq')).toEqual([]);
    // The stranger's "Beach" video is not the member's to find, and the owner's private one neither.
    expect(await member('?q=private')).toEqual([]);
  });

  it("never matches through a stranger's performer or tag ids, and excludes nothing by them", async () => {
    const { A, B, C, D } = c;
    expect(await member(`?tags=${c.strangerTag}`)).toEqual([]);
    expect(await member(`?performers=${c.strangerPerson}`)).toEqual([]);
    expect(await member(`?tagsExclude=${c.strangerTag}&performersExclude=${c.strangerPerson}`)).toEqual([D, C, B, A]);
    expect(await member('?tags=00000000-0000-4000-8000-000000000000')).toEqual([]);
    expect(await videoPage(c.h.stranger.cookie, `?tags=${c.outdoor}`).then(ids)).toEqual([]);
    expect(await videoPage(c.h.stranger.cookie, `?tags=${c.strangerTag}`).then(ids)).toEqual([c.F]);
  });

  it("shows the member the owner's studio and performers on the shared videos' cards, with the count", async () => {
    const page = await videoPage(c.h.member.cookie, `?performers=${c.bob}&sort=title`);
    expect(page.total).toBe(2);
    expect(page.items.map((v) => [v.title, v.studio?.name ?? null, v.performers.map((p) => p.name), v.likeCount])).toEqual([
      ['Clip 2', 'Studio 2', ['Alice', 'Bob'], 1],
      ['Sunny Beach House', null, ['Bob', 'Carol', 'Dave'], 0],
    ]);
    const [a] = (await videoPage(c.h.member.cookie, `?tags=${c.beach}`)).items;
    expect(a).toMatchObject({ id: c.A, relPath: 'trips/beach/a.mp4', sizeBytes: 5000, bitrate: 1000, releaseDate: '2020-05-01', favourite: true, rating: 5, viewSeconds: 300, lastViewedAt: '2025-03-01T10:00:00.000Z', likeCount: 2 });
  });

  it('lists a file copied into two libraries once, unless the first copy is out of sight', async () => {
    const h = await household();
    const first = await addVideo(h.family, { relPath: 'a.mp4' });
    const copy = await addVideo(h.memberLib, { relPath: 'a-copy.mp4' });
    const secret = await addVideo(h.privateLib, { relPath: 'b.mp4' });
    const copyOfSecret = await addVideo(h.memberLib, { relPath: 'b-copy.mp4' });
    await prisma().asset.update({ where: { id: copy }, data: { copyOf: first } });
    await prisma().asset.update({ where: { id: copyOfSecret }, data: { copyOf: secret } });
    expect(await videoPage(h.member.cookie, '?sort=path').then(ids)).toEqual([first, copyOfSecret]);
    expect(await videoPage(h.owner.cookie, '?sort=path').then(ids)).toEqual([first, secret]);
  });
});

describe('GET /api/videos refuses bad input', () => {
  it('answers 422 naming the field, with a message a person can read, for each bad parameter', async () => {
    const cases: [string, string][] = [
      ['?sort=shuffle', 'sort'],
      ['?dir=up', 'dir'],
      ['?seed=-1', 'seed'],
      ['?seed=1.5', 'seed'],
      ['?q=' + 'x'.repeat(201), 'q'],
      ['?tags=nope', 'tags'],
      ['?performers=' + Array.from({ length: 51 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`).join(','), 'performers'],
      ['?studios=' + 'a,'.repeat(10_000), 'studios'],
      ['?tagsMode=some', 'tagsMode'],
      ['?cast=trio', 'cast'],
      ['?ratingMin=0', 'ratingMin'],
      ['?ratingMax=5.5', 'ratingMax'],
      ['?ratingMin=2.3', 'ratingMin'],
      ['?liked=yes', 'liked'],
      ['?watched=maybe', 'watched'],
      ['?playsMin=-1', 'playsMin'],
      ['?viewMax=NaN', 'viewMax'],
      ['?durationMin=1e99', 'durationMin'],
      ['?resolution=480', 'resolution'],
      ['?addedFrom=2024-13-01', 'addedFrom'],
      ['?releasedTo=yesterday', 'releasedTo'],
      ['?hasSubtitles=1', 'hasSubtitles'],
      ['?library=abc', 'library'],
      ['?folder=' + 'f'.repeat(1001), 'folder'],
    ];
    for (const [query, field] of cases) {
      const res = await getVideos(c.h.member.cookie, query);
      expect(res.status, query.slice(0, 60)).toBe(422);
      const body = await res.json();
      expect(Object.keys(body.error.details.fieldErrors), query.slice(0, 60)).toEqual([field]);
      expect(body.error.details.fieldErrors[field][0], query.slice(0, 60)).toMatch(/^[A-Za-z][^{}]+\.$/);
    }
    // Unknown keys are ignored.
    expect((await getVideos(c.h.member.cookie, '?colour=red')).status).toBe(200);
  });
});
