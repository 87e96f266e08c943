// The built-in dump: every table of public and graphile_worker as COPY text, the sequences,
// and the list of applied migrations (the schema itself is not dumped: restore rebuilds it
// from those migrations), read in one REPEATABLE READ READ ONLY transaction so all of it is
// one consistent moment, and streamed through gzip into `file` (format: dump-format.ts).
// Needs nothing but a connection: it works against any server version pg can reach, which a
// distribution's older pg_dump does not (the embedded PostgreSQL 18 ships none).
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type pg from 'pg';
import {
  appliedMigrations,
  beginSnapshot,
  copyOut,
  endTransaction,
  listSequences,
  listTables,
  openClient,
  serverVersion,
  workerMigrations,
} from './copy-dump.queries';
import { DUMP_FORMAT, DUMP_VERSION, type DumpHeader, frame, jsonFrame } from './dump-format';

export async function writeCopyDump(databaseUrl: string, file: string): Promise<{ tables: number }> {
  const client = await openClient(databaseUrl);
  let tables = 0;
  try {
    await beginSnapshot(client);
    await pipeline(
      Readable.from(dumpFrames(client, (n) => (tables = n))),
      createGzip({ level: 6 }),
      // 0600 from the first byte: a dump holds every user's data and password hashes.
      createWriteStream(file, { mode: 0o600 }),
    );
    await endTransaction(client, true);
  } finally {
    await client.end();
  }
  return { tables };
}

async function* dumpFrames(client: pg.Client, done: (tables: number) => void): AsyncGenerator<Buffer> {
  const version = await serverVersion(client);
  const header: DumpHeader = {
    format: DUMP_FORMAT,
    version: DUMP_VERSION,
    createdAt: new Date().toISOString(),
    serverVersion: version.text,
    migrations: await appliedMigrations(client),
    workerMigrations: await workerMigrations(client),
    copyFormat: 'text',
  };
  yield* jsonFrame('H', header);
  const tables = await listTables(client);
  for (const table of tables) {
    yield* jsonFrame('T', table);
    const rows = copyOut(client, table);
    for await (const chunk of rows) yield* frame('D', chunk as Buffer);
    yield* jsonFrame('E', { rows: rows.rowCount ?? 0 });
  }
  yield* jsonFrame('S', await listSequences(client));
  yield* jsonFrame('Z', { tables: tables.length });
  done(tables.length);
}
