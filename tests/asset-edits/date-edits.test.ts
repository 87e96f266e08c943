// Manual date edits through the routes: a set date moves the photo to its new month on the
// timeline, a shift keeps the spacing of several, revert brings the file's date back, and
// nobody but the owner may touch the date (a library member, an album member and a stranger
// all get the 404 of a missing photo). Bad dates answer 422 with a message a person can act on.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/db';
import { createAsset } from '../support/asset-factory';
import { createUser, signIn } from '../support/factories';
import { getBucket, getBuckets, refreshTimelineCounts } from '../timeline/helpers';
import { changeDate, details, editDates, revertDate, revertDates, runCountsRefresh, signedInOwner, storedDates } from './helpers';

describe('setting a date', () => {
  it('moves the photo to the month it was really taken in, and the month counts follow', async () => {
    const { cookie, owner } = await signedInOwner();
    const scan = await createAsset(owner, { local: '2024-03-05 10:00:00', utc: '2024-03-05T10:00:00Z' });
    const other = await createAsset(owner, { local: '2024-03-06 10:00:00' });
    await refreshTimelineCounts();
    expect((await getBucket(cookie, '2024-03')).id.sort()).toEqual([scan, other].sort());

    const res = await changeDate(cookie, scan, { mode: 'set', dateTime: '1987-07-14T16:45', offset: '+02:00' });
    expect(res.status).toBe(200);
    const shown = await res.json();
    expect(shown).toMatchObject({ takenAtLocal: '1987-07-14T16:45:00.000', takenAtUtc: '1987-07-14T14:45:00.000Z', takenAtSource: 'manual' });
    expect(shown.dateEdited.original).toEqual({ takenAtLocal: '2024-03-05T10:00:00.000', takenAtUtc: '2024-03-05T10:00:00.000Z', takenAtSource: 'exif' });

    // The month views read the edited date with no change to their queries.
    expect((await getBucket(cookie, '2024-03')).id).toEqual([other]);
    expect((await getBucket(cookie, '1987-07')).id).toEqual([scan]);
    await runCountsRefresh(); // the edit asked for it
    expect(await getBuckets(cookie)).toEqual([
      { month: '2024-03', photos: 1, videos: 0, count: 1 },
      { month: '1987-07', photos: 1, videos: 0, count: 1 },
    ]);
  });

  it('keeps each asset’s own offset when none is given, and knows no zone when offset is null', async () => {
    const { cookie, owner } = await signedInOwner();
    const tokyo = await createAsset(owner, { local: '2024-01-01 09:00:00', utc: '2024-01-01T00:00:00Z' });
    const noZone = await createAsset(owner, { local: '2024-01-01 09:00:00', utc: null });
    expect((await editDates(cookie, [tokyo, noZone], { mode: 'set', dateTime: '2023-06-01 12:00' })).status).toBe(200);
    expect(await storedDates([tokyo, noZone])).toEqual([
      { local: '2023-06-01T12:00:00', utc: '2023-06-01T03:00:00.000Z', source: 'manual' },
      { local: '2023-06-01T12:00:00', utc: null, source: 'manual' },
    ]);
    await editDates(cookie, [tokyo], { mode: 'set', dateTime: '2023-06-01T12:00:30', offset: null });
    expect(await storedDates([tokyo])).toEqual([{ local: '2023-06-01T12:00:30', utc: null, source: 'manual' }]);
  });
});

describe('shifting dates', () => {
  it('moves several photos by the same amount, so their spacing and order stay', async () => {
    const { cookie, owner } = await signedInOwner();
    const ids = [
      await createAsset(owner, { local: '2024-05-31 23:30:00', utc: '2024-05-31T21:30:00Z' }),
      await createAsset(owner, { local: '2024-06-01 00:10:00', utc: '2024-05-31T22:10:00Z' }),
      await createAsset(owner, { local: '2024-06-01 08:00:00', utc: null }),
    ];
    // A camera clock an hour and a quarter fast, one day off.
    const res = await editDates(cookie, ids, { mode: 'shift', days: 1, hours: -1, minutes: -15 });
    expect(await res.json()).toEqual({ updated: 3 });
    expect(await storedDates(ids)).toEqual([
      { local: '2024-06-01T22:15:00', utc: '2024-06-01T20:15:00.000Z', source: 'manual' },
      { local: '2024-06-01T22:55:00', utc: '2024-06-01T20:55:00.000Z', source: 'manual' },
      { local: '2024-06-02T06:45:00', utc: null, source: 'manual' },
    ]);
    // The first crossed into June with the others: one bucket, same order as before.
    expect((await getBucket(cookie, '2024-06')).id).toEqual([...ids].reverse());
    // Shifting back by the same amount gives the dates back; the file's date is still kept once.
    await editDates(cookie, ids, { mode: 'shift', days: -1, hours: 1, minutes: 15 });
    expect((await storedDates(ids)).map((d) => d.local)).toEqual(['2024-05-31T23:30:00', '2024-06-01T00:10:00', '2024-06-01T08:00:00']);
    expect(await prisma().assetDateEdit.count({ where: { assetId: { in: ids } } })).toBe(3);
  });

  it('refuses a shift that would leave 1800–2100 for any of them, changing none', async () => {
    const { cookie, owner } = await signedInOwner();
    const old = await createAsset(owner, { local: '1800-06-01 12:00:00' });
    const recent = await createAsset(owner, { local: '2000-06-01 12:00:00' });
    const res = await editDates(cookie, [old, recent], { mode: 'shift', days: -200 });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.message).toMatch(/outside the years 1800 to 2100/);
    expect(body.error.details).toEqual({ ids: [old] });
    expect((await storedDates([old, recent])).map((d) => d.source)).toEqual(['exif', 'exif']);
    expect(await prisma().assetDateEdit.count({ where: { assetId: { in: [old, recent] } } })).toBe(0);
  });
});

describe('reverting', () => {
  it('brings the file’s date back after several edits, and forgets the edit', async () => {
    const { cookie, owner } = await signedInOwner();
    const id = await createAsset(owner, { local: '2021-02-03 04:05:06', utc: '2021-02-03T03:05:06Z' });
    await changeDate(cookie, id, { mode: 'set', dateTime: '2010-10-10T10:10' });
    await changeDate(cookie, id, { mode: 'shift', hours: 5 });
    expect((await details(cookie, id)).takenAtLocal).toBe('2010-10-10T15:10:00.000');

    const res = await revertDate(cookie, id);
    expect(res.status).toBe(200);
    const shown = await res.json();
    expect(shown).toMatchObject({ takenAtLocal: '2021-02-03T04:05:06.000', takenAtUtc: '2021-02-03T03:05:06.000Z', takenAtSource: 'exif', dateEdited: null });
    expect(await prisma().assetDateEdit.count({ where: { assetId: id } })).toBe(0);
    expect((await getBucket(cookie, '2021-02')).id).toEqual([id]);
    // Reverting again, or reverting a photo never edited, changes nothing.
    expect(await (await revertDates(cookie, [id])).json()).toEqual({ reverted: 0 });
  });

  it('reverts many at once, counting only those that were edited', async () => {
    const { cookie, owner } = await signedInOwner();
    const a = await createAsset(owner, { local: '2022-01-01 10:00:00' });
    const b = await createAsset(owner, { local: '2022-01-02 10:00:00' });
    const untouched = await createAsset(owner, { local: '2022-01-03 10:00:00' });
    await editDates(cookie, [a, b], { mode: 'set', dateTime: '2015-05-05T05:05' });
    expect(await (await revertDates(cookie, [a, b, untouched])).json()).toEqual({ reverted: 2 });
    expect((await storedDates([a, b, untouched])).map((d) => d.local)).toEqual(['2022-01-01T10:00:00', '2022-01-02T10:00:00', '2022-01-03T10:00:00']);
  });
});

describe('who may edit a date', () => {
  it('answers a library member, an album member and a stranger exactly like a missing photo, and changes nothing', async () => {
    const { user, cookie, owner } = await signedInOwner();
    const id = await createAsset(owner, { local: '2020-08-08 08:00:00' });
    const member = await createUser();
    const albumMember = await createUser();
    const stranger = await createUser();
    await prisma().libraryMember.create({ data: { libraryId: owner.libraryId, userId: member.id } });
    const album = await prisma().album.create({ data: { ownerId: user.id, title: 'Summer' } });
    await prisma().albumAsset.create({ data: { albumId: album.id, assetId: id } });
    await prisma().albumMember.create({ data: { albumId: album.id, userId: albumMember.id, role: 'contributor' } });
    const missing = '00000000-0000-4000-8000-000000000000';
    const missingAnswer = await (await changeDate((await signIn(stranger.id)).cookie, missing, { mode: 'shift', hours: 1 })).text();

    for (const other of [member, albumMember, stranger]) {
      const theirs = (await signIn(other.id)).cookie;
      // They can see the photo (member, album member) or not (stranger), but never change its date.
      const one = await changeDate(theirs, id, { mode: 'shift', hours: 1 });
      expect(one.status).toBe(404);
      expect(await one.text()).toBe(missingAnswer);
      expect((await revertDate(theirs, id)).status).toBe(404);
      expect((await editDates(theirs, [id], { mode: 'set', dateTime: '2001-01-01T00:00' })).status).toBe(404);
      expect((await revertDates(theirs, [id])).status).toBe(404);
    }
    // The owner's own request with one missing id among theirs: all or nothing.
    expect((await editDates(cookie, [id, missing], { mode: 'shift', hours: 1 })).status).toBe(404);
    expect(await storedDates([id])).toEqual([{ local: '2020-08-08T08:00:00', utc: null, source: 'exif' }]);
    // The member sees the owner's edit, without the means to change it.
    await changeDate(cookie, id, { mode: 'shift', hours: 1 });
    const seen = await details((await signIn(member.id)).cookie, id);
    expect(seen).toMatchObject({ takenAtSource: 'manual', canEdit: false });
    expect(seen.dateEdited?.original.takenAtLocal).toBe('2020-08-08T08:00:00.000');
  });
});

describe('validation', () => {
  const cases: [string, unknown, RegExp][] = [
    ['a day February does not have', { mode: 'set', dateTime: '2026-02-30T12:00' }, /2026-02-30 is not a date: February 2026 has 28 days/],
    ['29 February of a common year', { mode: 'set', dateTime: '2023-02-29T12:00' }, /February 2023 has 28 days/],
    ['a year before 1800', { mode: 'set', dateTime: '1799-12-31T23:59' }, /from 1800 to 2100/],
    ['a year after 2100', { mode: 'set', dateTime: '2101-01-01T00:00' }, /from 1800 to 2100/],
    ['month 13', { mode: 'set', dateTime: '2024-13-01T00:00' }, /not a month/],
    ['25 o’clock', { mode: 'set', dateTime: '2024-01-01T25:00' }, /not a time of day/],
    ['words', { mode: 'set', dateTime: 'last Tuesday' }, /like 2024-05-01T14:30/],
    ['an offset past +14:00', { mode: 'set', dateTime: '2024-01-01T00:00', offset: '+14:30' }, /-14:00 to \+14:00/],
    ['an offset with 75 minutes', { mode: 'set', dateTime: '2024-01-01T00:00', offset: '+01:75' }, /-14:00 to \+14:00/],
    ['a shift of nothing', { mode: 'shift', days: 0 }, /how far to shift/],
    ['a shift of half an hour as hours', { mode: 'shift', hours: 0.5 }, /whole number of hours/],
    ['a shift of 500 years', { mode: 'shift', days: 182_500 }, /days back|days ahead|years/],
    ['an unknown mode', { mode: 'guess' }, /./],
    ['an unknown field', { mode: 'shift', hours: 1, seconds: 5 }, /./],
  ];
  it.each(cases)('answers 422 naming the problem for %s, changing nothing', async (_name, change, message) => {
    const { cookie, owner } = await signedInOwner();
    const id = await createAsset(owner, { local: '2020-01-01 12:00:00' });
    for (const res of [await changeDate(cookie, id, change), await editDates(cookie, [id], change)]) {
      expect(res.status).toBe(422);
      const body = await res.json();
      expect(body.error.code).toBe('validation_failed');
      expect(JSON.stringify(body.error.details)).toMatch(message);
    }
    expect(await storedDates([id])).toEqual([{ local: '2020-01-01T12:00:00', utc: null, source: 'exif' }]);
  });

  it('accepts the edges: 29 February of a leap year, 1800 and 2100, ±14:00', async () => {
    const { cookie, owner } = await signedInOwner();
    const id = await createAsset(owner, { local: '2020-01-01 12:00:00' });
    for (const [dateTime, offset] of [['2024-02-29T23:59:59', '-14:00'], ['1800-01-01T00:00', '+14:00'], ['2100-12-31T23:59', 'Z']]) {
      expect((await changeDate(cookie, id, { mode: 'set', dateTime, offset })).status, dateTime).toBe(200);
    }
    expect((await changeDate(cookie, id, { mode: 'shift', minutes: 1 })).status).toBe(422); // past 2100
  });

  it('refuses a missing body, an empty id list and malformed ids', async () => {
    const { cookie, owner } = await signedInOwner();
    const id = await createAsset(owner, { local: '2020-01-01 12:00:00' });
    expect((await editDates(cookie, [], { mode: 'shift', hours: 1 })).status).toBe(422);
    expect((await editDates(cookie, ['not-a-uuid'], { mode: 'shift', hours: 1 })).status).toBe(422);
    expect((await revertDates(cookie, [])).status).toBe(422);
    expect((await changeDate(cookie, id, undefined)).status).toBe(400);
    expect((await changeDate(cookie, 'not-a-uuid', { mode: 'shift', hours: 1 })).status).toBe(404);
  });
});
