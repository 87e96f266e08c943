// Retention: the newest backup of each of the latest `keepDaily` days that have one, and,
// older than those, the newest of each of the latest `keepWeekly` ISO weeks that have one.
// Everything else goes. Days and weeks are UTC, like the file names.
export interface BackupFile {
  name: string;
  takenAt: Date;
}

export interface Retention {
  keepDaily: number;
  keepWeekly: number;
}

const dayKey = (d: Date) => d.toISOString().slice(0, 10);

/** ISO 8601 week, e.g. "2026-W49": the week belongs to the year of its Thursday. */
export function isoWeekKey(d: Date): string {
  const thursday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  thursday.setUTCDate(thursday.getUTCDate() + 3 - ((thursday.getUTCDay() + 6) % 7));
  const firstOfYear = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - firstOfYear) / 86_400_000 / 7) + 1;
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The newest file of each distinct key, newest first, at most `limit`. */
function newestPerKey(files: BackupFile[], key: (d: Date) => string, limit: number): BackupFile[] {
  const seen = new Set<string>();
  const picked: BackupFile[] = [];
  for (const file of files) {
    if (picked.length >= limit) break;
    const k = key(file.takenAt);
    if (seen.has(k)) continue;
    seen.add(k);
    picked.push(file);
  }
  return picked;
}

export function chooseBackupsToKeep(files: BackupFile[], retention: Retention): { keep: BackupFile[]; remove: BackupFile[] } {
  const newestFirst = [...files].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const daily = newestPerKey(newestFirst, dayKey, retention.keepDaily);
  const oldestDailyDay = daily.length ? dayKey(daily[daily.length - 1].takenAt) : null;
  const beyondDailies = newestFirst.filter((f) => oldestDailyDay === null || dayKey(f.takenAt) < oldestDailyDay);
  const weekly = newestPerKey(beyondDailies, isoWeekKey, retention.keepWeekly);
  const kept = new Set([...daily, ...weekly]);
  return { keep: newestFirst.filter((f) => kept.has(f)), remove: newestFirst.filter((f) => !kept.has(f)) };
}
