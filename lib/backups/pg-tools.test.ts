import { describe, expect, it } from 'vitest';
import { connectionEnv } from './pg-tools';

describe('the connection pg_dump and pg_restore get', () => {
  it('comes from the URL as libpq variables, the password decoded', () => {
    expect(connectionEnv('postgres://shoebox:p%40ss%3Aw%2Frd@db.internal:6543/shoe%20box?sslmode=require')).toEqual({
      PGHOST: 'db.internal',
      PGPORT: '6543',
      PGDATABASE: 'shoe box',
      PGUSER: 'shoebox',
      PGPASSWORD: 'p@ss:w/rd',
      PGSSLMODE: 'require',
    });
  });

  it('takes a socket folder from ?host= and defaults the port and user', () => {
    expect(connectionEnv('postgresql:///shoebox?host=/var/run/postgresql')).toMatchObject({ PGHOST: '/var/run/postgresql', PGPORT: '5432', PGUSER: 'postgres', PGDATABASE: 'shoebox' });
  });

  it('unwraps an IPv6 address', () => {
    expect(connectionEnv('postgres://u:p@[::1]:5432/db').PGHOST).toBe('::1');
  });
});
