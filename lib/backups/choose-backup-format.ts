// pg_dump or the built-in dump. pg_dump is kept whenever it can work — its custom format is
// the one every PostgreSQL tool knows — and it can work only when it is at least as new as the
// server (an older one refuses: "server version mismatch"). Otherwise the built-in dump, which
// needs no client tool at all: the default embedded PostgreSQL 18 ships no pg_dump, and
// Debian 12's is 15.
export type BackupFormat = 'pg_dump' | 'builtin';
export type BackupFormatSetting = BackupFormat | 'auto';

export interface BackupFormatChoice {
  format: BackupFormat;
  /** One sentence for the log and the CLI: which dump and why. */
  reason: string;
}

/** pg_dump --version's major number ("pg_dump (PostgreSQL) 15.20 (Debian …)" → 15); null if unreadable. */
export function pgDumpMajorOf(versionOutput: string): number | null {
  const m = /\(PostgreSQL\)\s+(\d+)/.exec(versionOutput) ?? /\b(\d+)\.\d+/.exec(versionOutput);
  return m ? Number(m[1]) : null;
}

export function chooseBackupFormat(input: { setting: BackupFormatSetting; serverMajor: number; pgDumpMajor: number | null }): BackupFormatChoice {
  const { setting, serverMajor, pgDumpMajor } = input;
  if (setting === 'pg_dump') return { format: 'pg_dump', reason: 'BACKUP_FORMAT=pg_dump' };
  if (setting === 'builtin') return { format: 'builtin', reason: 'BACKUP_FORMAT=builtin' };
  if (pgDumpMajor === null) return { format: 'builtin', reason: `no pg_dump found (server is PostgreSQL ${serverMajor})` };
  if (pgDumpMajor < serverMajor) {
    return { format: 'builtin', reason: `pg_dump ${pgDumpMajor} is older than the server (PostgreSQL ${serverMajor}) and would refuse it` };
  }
  return { format: 'pg_dump', reason: `pg_dump ${pgDumpMajor} can dump PostgreSQL ${serverMajor}` };
}
