// A backup's file name says when it was taken (UTC), so retention needs no other record and
// a person can pick one by eye: shoebox-20261202-023000.dump.
const NAME = /^shoebox-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.dump$/;

export function backupFileName(at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `shoebox-${stamp}.dump`;
}

/** When the backup of this name was taken; null for any other file. */
export function backupTakenAt(name: string): Date | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number);
  const at = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return Number.isNaN(at.getTime()) ? null : at;
}

/** Written under this name while pg_dump runs; renamed only once the dump is complete. */
export function partialFileName(name: string): string {
  return `.${name}.partial`;
}
