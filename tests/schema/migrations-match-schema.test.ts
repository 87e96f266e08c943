// The hand-written migrations and schema.prisma must describe the same database: a column,
// index, enum value or foreign key in one and not the other fails this test.
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDatabase, describePrismaSchema, diffDescriptions } from './schema-drift';

const schemaText = readFileSync('prisma/schema.prisma', 'utf8');
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(() => client.end());

describe('migrated database vs schema.prisma', () => {
  it('has no drift', async () => {
    const diff = diffDescriptions(describePrismaSchema(schemaText), await describeDatabase(client));
    expect(diff).toEqual({ missingInDatabase: [], missingInSchema: [] });
  });

  it('notices a column that only the schema has', async () => {
    const altered = schemaText.replace('  title         String?', '  title         String?\n  subtitle      String?');
    const diff = diffDescriptions(describePrismaSchema(altered), await describeDatabase(client));
    expect(diff.missingInDatabase).toEqual(['column assets.subtitle text null']);
  });

  it('notices an index and a column that only the database has', async () => {
    await client.query('ALTER TABLE assets ADD COLUMN rating INTEGER');
    await client.query('CREATE INDEX assets_mime_idx ON assets (mime)');
    try {
      const diff = diffDescriptions(describePrismaSchema(schemaText), await describeDatabase(client));
      expect(diff.missingInSchema.sort()).toEqual(['column assets.rating int4 null', 'index assets(mime)']);
    } finally {
      await client.query('DROP INDEX assets_mime_idx; ALTER TABLE assets DROP COLUMN rating');
    }
  });

  it('records applied migrations in Prisma’s format', async () => {
    const { rows } = await client.query('SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).not.toBeNull();
    }
  });
});
