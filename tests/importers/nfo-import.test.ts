// .nfo sidecars (Kodi/Jellyfin) imported at a video's ingest and again when a rescan sees the
// sidecar change: everything a movie and an episode sample carry lands in the owner's catalogue,
// a re-import replaces what the nfo linked and keeps what the user did (their links, their
// title), and a broken or hostile sidecar never fails the video's ingest.
import { copyFile, cp, mkdir, readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importNfoSidecar } from '@/lib/importers/import-nfo-sidecar';
import { scanLibrary } from '@/lib/libraries/scan-library';
import { prisma } from '@/lib/server/db';
import assetIngest from '@/worker/tasks/asset-ingest';
import nfoImport from '@/worker/tasks/nfo-import';
import { createAsset, libraryOwner } from '../support/asset-factory';
import { corpusPath } from '../support/corpus';
import { createUser } from '../support/factories';
import { runTasks } from '../support/run-tasks';
import { linksOf, namesOwnedBy } from './helpers';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/nfo');
const SAMPLE = corpusPath('videos/androidx/mp4_sample.mp4');

async function place(root: string, relPath: string, from: string | Buffer) {
  await mkdir(path.dirname(path.join(root, relPath)), { recursive: true });
  if (typeof from === 'string') await copyFile(from, path.join(root, relPath));
  else await writeFile(path.join(root, relPath), from);
}
const assetAt = async (libraryId: string, relPath: string) => (await prisma().asset.findFirstOrThrow({ where: { libraryId, relPath } })).id;

describe('.nfo import through a scan and the real ingest', () => {
  let owner: Awaited<ReturnType<typeof libraryOwner>>;
  let root: string;
  const movie = 'Movies/Big Trip/Big Trip.mp4';

  beforeAll(async () => {
    owner = await libraryOwner((await createUser()).id);
    root = owner.rootPath;
    await place(root, movie, SAMPLE);
    await place(root, 'Movies/Big Trip/Big Trip.nfo', path.join(FIXTURES, 'movie.nfo'));
    await place(root, 'Broken/clip.mp4', SAMPLE);
    await place(root, 'Broken/clip.nfo', Buffer.from('<movie><title>Half</title><plot>no end'));
    await place(root, 'Bomb/clip.mp4', SAMPLE);
    await place(
      root,
      'Bomb/clip.nfo',
      Buffer.from(`<?xml version="1.0"?><!DOCTYPE movie [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><movie><title>&c;</title></movie>`),
    );
    await scanLibrary(owner.libraryId);
    await runTasks({ 'asset:ingest': assetIngest });
  }, 180_000);

  it('imports a movie at ingest: title, plot, premiered, the first studio, actors with roles, genres and tags', async () => {
    const id = await assetAt(owner.libraryId, movie);
    expect(await linksOf(id)).toEqual({
      title: 'Big Trip',
      description: 'Two friends drive from Lisbon to Oslo & back, and learn nothing.',
      release_date: '2019-05-31',
      studio: 'North Films',
      people: [
        { name: 'Ann Lee', role: 'Driver', source: 'nfo' },
        { name: 'Bob Stone', role: 'Passenger', source: 'nfo' },
      ],
      tags: [
        { name: 'Beach', source: 'nfo' },
        { name: 'Comedy', source: 'nfo' },
        { name: 'Road Movie', source: 'nfo' },
      ],
    });
    expect(await namesOwnedBy(owner.ownerId)).toEqual(['performer:Ann Lee', 'performer:Bob Stone', 'studio:North Films', 'tag:Beach', 'tag:Comedy', 'tag:Road Movie']);
  });

  it('refuses a malformed sidecar and an entity bomb with a warning; both videos are ingested', async () => {
    for (const rel of ['Broken/clip.mp4', 'Bomb/clip.mp4']) {
      const asset = await prisma().asset.findFirstOrThrow({ where: { libraryId: owner.libraryId, relPath: rel }, include: { nfoImport: true } });
      expect(asset.ingestStatus, rel).toBe('ready');
      expect(asset.title, rel).toBeNull();
      expect((asset.nfoImport?.applied as { warning?: string }).warning, rel).toMatch(rel.startsWith('Bomb') ? /declares XML entities/ : /not well-formed/);
      expect((await linksOf(asset.id)).people, rel).toEqual([]);
    }
  });

  it('queues the auto-tagger for each new video after its ingest, one job per video', async () => {
    const keys = await prisma().$queryRaw<{ key: string }[]>`SELECT key FROM graphile_worker.jobs WHERE task_identifier = 'organise:auto-tag' ORDER BY key`;
    const ids = await prisma().asset.findMany({ where: { libraryId: owner.libraryId }, select: { id: true } });
    expect(keys.map((k) => k.key)).toEqual(ids.map((a) => `organise:auto-tag:${a.id}`).sort());
  });

  it('re-imports an edited sidecar on rescan: nfo links replaced, the user’s links and title kept', async () => {
    const id = await assetAt(owner.libraryId, movie);
    // The user renames the video and adds a performer of their own.
    const dee = await prisma().person.create({ data: { ownerId: owner.ownerId, name: 'Dee User' } });
    await prisma().assetPerson.create({ data: { assetId: id, personId: dee.id } });
    await prisma().asset.update({ where: { id }, data: { title: 'My own title' } });
    const nfoPath = path.join(root, 'Movies/Big Trip/Big Trip.nfo');
    const edited = (await readFile(nfoPath, 'utf8'))
      .replace('<title>Big Trip</title>', "<title>Big Trip (Director's Cut)</title>")
      .replace('learn nothing', 'learn a little')
      .replace('<name>Bob Stone</name>', '<name>Cara Vale</name>')
      .replace('<genre>Road Movie</genre>', '')
      .replace('<studio>North Films</studio>', '<studio>East Films</studio>');
    await writeFile(nfoPath, edited);
    await utimes(nfoPath, new Date(), new Date(Date.now() + 5_000));

    const counts = await scanLibrary(owner.libraryId);
    expect(counts?.queued).toBe(1);
    await runTasks({ 'nfo:import': nfoImport });
    expect(await linksOf(id)).toEqual({
      title: 'My own title',
      description: 'Two friends drive from Lisbon to Oslo & back, and learn a little.',
      release_date: '2019-05-31',
      studio: 'East Films', // still the one the nfo set, so the nfo's new one replaces it
      people: [
        { name: 'Ann Lee', role: 'Driver', source: 'nfo' },
        { name: 'Cara Vale', role: 'Passenger', source: 'nfo' },
        { name: 'Dee User', role: null, source: 'user' },
      ],
      tags: [
        { name: 'Beach', source: 'nfo' },
        { name: 'Comedy', source: 'nfo' },
      ],
    });
    // Nothing changed since: a rescan queues nothing, and a direct import finds it unchanged.
    expect((await scanLibrary(owner.libraryId))?.queued).toBe(0);
    expect(await importNfoSidecar(id)).toEqual({ status: 'unchanged' });
  }, 60_000);

  it('imports a refused sidecar once the user fixes it', async () => {
    const id = await assetAt(owner.libraryId, 'Broken/clip.mp4');
    const nfoPath = path.join(root, 'Broken/clip.nfo');
    await writeFile(nfoPath, '<movie><title>Whole</title><plot>Fixed.</plot><tag>Mended</tag></movie>');
    await utimes(nfoPath, new Date(), new Date(Date.now() + 10_000));
    expect((await scanLibrary(owner.libraryId))?.queued).toBe(1);
    await runTasks({ 'nfo:import': nfoImport });
    expect(await linksOf(id)).toMatchObject({ title: 'Whole', description: 'Fixed.', tags: [{ name: 'Mended', source: 'nfo' }] });
    expect((await prisma().nfoImport.findUniqueOrThrow({ where: { assetId: id } })).applied).not.toHaveProperty('warning');
  }, 60_000);
});

describe('.nfo import rules', () => {
  it('imports an episode: title, outline, aired, studio and cast; the show is no tag', async () => {
    const owner = await libraryOwner((await createUser()).id);
    const rel = 'Shows/The Long Show/Season 1/S01E02.mkv';
    await place(owner.rootPath, rel, Buffer.from('not read'));
    await cp(path.join(FIXTURES, 'episode.nfo'), path.join(owner.rootPath, 'Shows/The Long Show/Season 1/S01E02.nfo'));
    const id = await createAsset(owner, { local: '2024-01-01 00:00:00', type: 'video', relPath: rel });
    // Already in the catalogue: a performer under another name with this alias, a tag in other case.
    await prisma().person.create({ data: { ownerId: owner.ownerId, name: 'Cleopatra Park', aliases: ['Cleo Park'] } });
    await prisma().tag.create({ data: { ownerId: owner.ownerId, name: 'drama' } });
    // Another user's studio of that name is theirs: ours is created.
    await prisma().studio.create({ data: { ownerId: (await createUser()).id, name: 'Channel Five' } });

    expect(await importNfoSidecar(id)).toEqual({ status: 'imported' });
    expect(await linksOf(id)).toEqual({
      title: 'The Pilot',
      description: 'It begins.',
      release_date: '2001-02-03',
      studio: 'Channel Five',
      people: [{ name: 'Cleopatra Park', role: 'Detective', source: 'nfo' }],
      tags: [{ name: 'drama', source: 'nfo' }],
    });
    expect(await namesOwnedBy(owner.ownerId)).toEqual(['performer:Cleopatra Park', 'studio:Channel Five', 'tag:drama']);
    const applied = (await prisma().nfoImport.findUniqueOrThrow({ where: { assetId: id } })).applied;
    expect(applied).toMatchObject({ year: 2001, episode: { show: 'The Long Show', season: 1, episode: 2 } });
  });

  it('reads movie.nfo only in a folder with exactly one video, and the own-name sidecar first', async () => {
    const owner = await libraryOwner((await createUser()).id);
    const nfo = (title: string) => Buffer.from(`<movie><title>${title}</title></movie>`);
    await place(owner.rootPath, 'Solo/film.mp4', Buffer.from('x'));
    await place(owner.rootPath, 'Solo/movie.nfo', nfo('Solo film'));
    await place(owner.rootPath, 'Pair/a.mp4', Buffer.from('x'));
    await place(owner.rootPath, 'Pair/b.mp4', Buffer.from('x'));
    await place(owner.rootPath, 'Pair/movie.nfo', nfo('Which one?'));
    await place(owner.rootPath, 'Pair/b.nfo', nfo('B itself'));
    const [solo, a, b] = await Promise.all(
      ['Solo/film.mp4', 'Pair/a.mp4', 'Pair/b.mp4'].map((relPath) => createAsset(owner, { local: '2024-01-01 00:00:00', type: 'video', relPath })),
    );
    expect(await importNfoSidecar(solo)).toEqual({ status: 'imported' });
    expect(await importNfoSidecar(a)).toEqual({ status: 'none' });
    expect(await importNfoSidecar(b)).toEqual({ status: 'imported' });
    expect([(await linksOf(solo)).title, (await linksOf(a)).title, (await linksOf(b)).title]).toEqual(['Solo film', null, 'B itself']);
  });

  it('refuses a sidecar over 1 MB without reading it', async () => {
    const owner = await libraryOwner((await createUser()).id);
    await place(owner.rootPath, 'big.mp4', Buffer.from('x'));
    await place(owner.rootPath, 'big.nfo', Buffer.concat([Buffer.from('<movie><title>Big</title><plot>'), Buffer.alloc(1024 * 1024, 97), Buffer.from('</plot></movie>')]));
    const id = await createAsset(owner, { local: '2024-01-01 00:00:00', type: 'video', relPath: 'big.mp4' });
    expect(await importNfoSidecar(id)).toMatchObject({ status: 'refused', warning: expect.stringMatching(/larger than 1 MB/) });
    expect((await linksOf(id)).title).toBeNull();
  });
});
