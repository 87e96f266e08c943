import { describe, expect, it } from 'vitest';
import { backupFileName, backupTakenAt } from './backup-names';
import { type BackupFile, chooseBackupsToKeep, isoWeekKey } from './prune-backups';

const at = (iso: string): BackupFile => {
  const takenAt = new Date(iso);
  return { name: backupFileName(takenAt), takenAt };
};
const names = (files: BackupFile[]) => files.map((f) => f.takenAt.toISOString().slice(0, 16));

/** One backup a night at 02:30 UTC for `days` days ending on `last`. */
function nightly(last: string, days: number): BackupFile[] {
  const end = new Date(`${last}T02:30:00Z`).getTime();
  return Array.from({ length: days }, (_, i) => at(new Date(end - i * 86_400_000).toISOString()));
}

describe('backup file names', () => {
  it('say the UTC time they were taken, and read back to it', () => {
    const taken = new Date('2026-12-02T02:30:05Z');
    expect(backupFileName(taken)).toBe('shoebox-20261202-023005.dump');
    expect(backupTakenAt('shoebox-20261202-023005.dump')).toEqual(taken);
  });

  it('are not confused with other files in the folder', () => {
    for (const other of ['.shoebox-20261202-023005.dump.partial', 'notes.txt', 'shoebox-2026120-023005.dump', 'shoebox-20261202-023005.sql']) {
      expect(backupTakenAt(other), other).toBeNull();
    }
  });
});

describe('ISO weeks', () => {
  it('start on Monday and belong to the year of their Thursday', () => {
    expect(isoWeekKey(new Date('2026-11-30T00:00:00Z'))).toBe('2026-W49'); // a Monday
    expect(isoWeekKey(new Date('2026-12-06T23:59:59Z'))).toBe('2026-W49'); // its Sunday
    expect(isoWeekKey(new Date('2026-12-07T00:00:00Z'))).toBe('2026-W50');
    expect(isoWeekKey(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53'); // Friday: still 2026's last week
    expect(isoWeekKey(new Date('2025-12-29T12:00:00Z'))).toBe('2026-W01'); // Monday of 2026's first week
  });
});

describe('retention', () => {
  it('keeps everything while there are fewer backups than daily slots', () => {
    const files = nightly('2026-12-02', 5);
    const { keep, remove } = chooseBackupsToKeep(files, { keepDaily: 14, keepWeekly: 8 });
    expect(keep).toHaveLength(5);
    expect(remove).toEqual([]);
  });

  it('keeps the last N days, then the newest backup of each of M older weeks', () => {
    // 60 nights ending Wednesday 2026-12-02.
    const { keep, remove } = chooseBackupsToKeep(nightly('2026-12-02', 60), { keepDaily: 14, keepWeekly: 3 });
    expect(names(keep)).toEqual([
      ...nightly('2026-12-02', 14).map((f) => f.takenAt.toISOString().slice(0, 16)),
      // The oldest daily is Thu 2026-11-19; older than that: the newest of its own week (Wed 18th), then Sundays.
      '2026-11-18T02:30',
      '2026-11-15T02:30',
      '2026-11-08T02:30',
    ]);
    expect(remove).toHaveLength(60 - 17);
  });

  it('counts days, not files: several backups on one day keep only that day’s newest', () => {
    const files = [at('2026-12-02T02:30:00Z'), at('2026-12-02T14:00:00Z'), at('2026-12-01T02:30:00Z'), at('2026-11-30T02:30:00Z')];
    const { keep, remove } = chooseBackupsToKeep(files, { keepDaily: 2, keepWeekly: 0 });
    expect(names(keep)).toEqual(['2026-12-02T14:00', '2026-12-01T02:30']);
    expect(names(remove)).toEqual(['2026-12-02T02:30', '2026-11-30T02:30']);
  });

  it('skips missing nights: the last N days that have a backup are kept, however far apart', () => {
    const files = [at('2026-12-02T02:30:00Z'), at('2026-11-20T02:30:00Z'), at('2026-10-01T02:30:00Z')];
    const { keep } = chooseBackupsToKeep(files, { keepDaily: 3, keepWeekly: 0 });
    expect(keep).toHaveLength(3);
  });

  it('never removes the newest backup', () => {
    const files = nightly('2026-12-02', 30);
    const { keep } = chooseBackupsToKeep(files, { keepDaily: 1, keepWeekly: 0 });
    expect(names(keep)).toEqual(['2026-12-02T02:30']);
  });
});
