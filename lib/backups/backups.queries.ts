// SQL of backups and restores. These run on a connection of their own to a URL given by the
// caller (the database being restored into has no Prisma client, and may have no tables yet).
import pg from 'pg';

async function withClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Tables in schema public: a restore only goes into a database that has none. */
export function listPublicTables(databaseUrl: string): Promise<string[]> {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    return rows.map((r) => r.name);
  });
}

export interface TableRowCount {
  table: string;
  rows: number;
}

/** Exact row counts of every table of our schemas (public and graphile_worker's). */
export function countRowsPerTable(databaseUrl: string): Promise<TableRowCount[]> {
  return withClient(databaseUrl, async (client) => {
    const { rows: tables } = await client.query<{ schema: string; name: string }>(
      "SELECT schemaname AS schema, tablename AS name FROM pg_tables WHERE schemaname IN ('public', 'graphile_worker') ORDER BY 1, 2",
    );
    const counts: TableRowCount[] = [];
    for (const t of tables) {
      const qualified = `${client.escapeIdentifier(t.schema)}.${client.escapeIdentifier(t.name)}`;
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${qualified}`);
      counts.push({ table: `${t.schema}.${t.name}`, rows: Number(rows[0].n) });
    }
    return counts;
  });
}
