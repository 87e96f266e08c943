// Many edits of the same photos at once (two tabs, a double click, a script): every request is
// answered (no deadlock between selections given in different orders), the file's date is
// stored exactly once per photo, and the photos of one request end with one request's value.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/db';
import { createAsset } from '../support/asset-factory';
import { changeDate, editDates, revertDates, signedInOwner, storedDates } from './helpers';

const SEEDED = ['2024-01-01T10:00:00', '2024-01-02T10:00:00', '2024-01-03T10:00:00', '2024-01-04T10:00:00', '2024-01-05T10:00:00'];
const shuffled = <T>(xs: T[], seed: number) => [...xs].sort((a, b) => ((xs.indexOf(a) * 7 + seed) % 5) - ((xs.indexOf(b) * 7 + seed) % 5));
const dateOf = (n: number) => `2010-03-${String(1 + (n % 28)).padStart(2, '0')}T${String(n % 24).padStart(2, '0')}:00:00`;

async function fivePhotos() {
  const { cookie, owner } = await signedInOwner();
  const ids: string[] = [];
  for (const local of SEEDED) ids.push(await createAsset(owner, { local: local.replace('T', ' ') }));
  return { cookie, ids };
}

async function originals(ids: string[]) {
  const rows = await prisma().assetDateEdit.findMany({ where: { assetId: { in: ids } } });
  return new Map(rows.map((r) => [r.assetId, r.originalTakenAtLocal.toISOString().slice(0, 19)]));
}

describe('parallel date edits of the same photos', () => {
  it('answers 40 parallel sets in any id order, keeps one original each, and the last write wins for all', async () => {
    const { cookie, ids } = await fivePhotos();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, n) =>
        n % 4 === 3 ? changeDate(cookie, ids[0], { mode: 'set', dateTime: dateOf(n) }) : editDates(cookie, shuffled(ids, n), { mode: 'set', dateTime: dateOf(n) }),
      ),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(40).fill(200));
    const after = await storedDates(ids);
    expect(after.every((d) => d.source === 'manual')).toBe(true);
    // Photos 2–5 only ever got whole-selection writes: they all hold the same request's value.
    expect(new Set(after.slice(1).map((d) => d.local)).size).toBe(1);
    expect(Array.from({ length: 40 }, (_, n) => dateOf(n))).toContain(after[1].local);
    const kept = await originals(ids);
    expect(ids.map((id) => kept.get(id))).toEqual(SEEDED);
  });

  it('keeps a consistent state when sets, shifts and reverts race: an edited photo has its file date stored, a reverted one has it back', async () => {
    const { cookie, ids } = await fivePhotos();
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, n) => {
        const order = shuffled(ids, n);
        if (n % 3 === 0) return revertDates(cookie, order);
        if (n % 3 === 1) return editDates(cookie, order, { mode: 'shift', hours: 1 });
        return editDates(cookie, order, { mode: 'set', dateTime: dateOf(n) });
      }),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(30).fill(200));
    const after = await storedDates(ids);
    const kept = await originals(ids);
    ids.forEach((id, i) => {
      if (kept.has(id)) {
        expect(after[i].source).toBe('manual');
        expect(kept.get(id)).toBe(SEEDED[i]);
      } else {
        expect(after[i]).toEqual({ local: SEEDED[i], utc: null, source: 'exif' });
      }
    });
    // Every request covered all five: they were edited or reverted together.
    expect(new Set(ids.map((id) => kept.has(id))).size).toBe(1);
    expect(await prisma().assetDateEdit.count({ where: { assetId: { in: ids } } })).toBeLessThanOrEqual(5);
  });
});
