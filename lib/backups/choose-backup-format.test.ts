import { describe, expect, it } from 'vitest';
import { chooseBackupFormat, pgDumpMajorOf } from './choose-backup-format';

describe('which dump a backup uses', () => {
  it('is the built-in one when the pg_dump found is older than the server (Debian 12 client, embedded 18)', () => {
    const choice = chooseBackupFormat({ setting: 'auto', serverMajor: 18, pgDumpMajor: 15 });
    expect(choice.format).toBe('builtin');
    expect(choice.reason).toMatch(/pg_dump 15 is older than the server \(PostgreSQL 18\)/);
  });

  it('is pg_dump when it is as new as the server or newer', () => {
    expect(chooseBackupFormat({ setting: 'auto', serverMajor: 15, pgDumpMajor: 15 }).format).toBe('pg_dump');
    expect(chooseBackupFormat({ setting: 'auto', serverMajor: 15, pgDumpMajor: 18 }).format).toBe('pg_dump');
  });

  it('is the built-in one when no pg_dump is installed', () => {
    expect(chooseBackupFormat({ setting: 'auto', serverMajor: 17, pgDumpMajor: null })).toEqual({ format: 'builtin', reason: 'no pg_dump found (server is PostgreSQL 17)' });
  });

  it('follows BACKUP_FORMAT when it names one', () => {
    expect(chooseBackupFormat({ setting: 'builtin', serverMajor: 15, pgDumpMajor: 18 }).format).toBe('builtin');
    expect(chooseBackupFormat({ setting: 'pg_dump', serverMajor: 18, pgDumpMajor: 15 }).format).toBe('pg_dump');
  });
});

describe('pg_dump --version', () => {
  it('gives its major version', () => {
    expect(pgDumpMajorOf('pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)\n')).toBe(15);
    expect(pgDumpMajorOf('pg_dump (PostgreSQL) 18.1')).toBe(18);
    expect(pgDumpMajorOf('pg_dump (PostgreSQL) 9.6.24')).toBe(9);
    expect(pgDumpMajorOf('command not found')).toBeNull();
  });
});
