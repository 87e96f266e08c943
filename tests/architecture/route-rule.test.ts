// The route rule and "SQL only in *.queries.ts" (docs/architecture.md), read from the source:
// routes and server pages never import a queries module, and no file outside *.queries.ts
// calls a Prisma model or runs SQL. Runs in the unit project: it needs no database.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return (readdirSync(path.join(root, dir), { recursive: true }) as string[])
    .map((f) => path.join(dir, f).split(path.sep).join('/'))
    .filter((f) => /\.(ts|tsx|mjs)$/.test(f) && !f.endsWith('.d.ts') && !f.includes('/generated/'));
}

/** The code without its comments, so a comment may name a query or a model call. */
function code(file: string): string {
  return readFileSync(path.join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

// Ground-floor infrastructure that talks to PostgreSQL below Prisma, each for a reason a
// queries file cannot serve.
const INFRASTRUCTURE = {
  'lib/server/db.ts': 'the client itself; selectJsonText runs SQL that queries files build',
  'lib/server/migrations.ts': 'applies migration files before any Prisma client can run',
  'lib/server/embedded-db.ts': 'creates the database of the embedded server',
  'lib/auth/session-cache.ts': 'LISTENs on a connection of its own for session changes',
} as const;


describe('the route rule', () => {
  it('routes and server pages import operations, never a *.queries module or the Prisma client', () => {
    const offenders = sourceFiles('app')
      .filter((f) => /from\s+['"][^'"]*(\.queries|\/lib\/server\/db)['"]/.test(code(f)));
    expect(offenders).toEqual([]);
  });
});

describe('Prisma and SQL only in *.queries.ts', () => {
  // prisma().user…, tx.asset…, db.library…; $queryRaw / $executeRaw (and their Unsafe forms)
  // on anything; a pg client's or pool's query(). prisma().$transaction(…) is allowed: an
  // operation may open a transaction and hand tx to query functions.
  const sql = [
    /\b(prisma\(\)|tx|db)\s*\.\s*[a-z][A-Za-z]*\s*\./,
    /\$(queryRaw|executeRaw)(Unsafe)?\b/,
    /\b(client|pool\(\))\s*\.\s*query\s*[(<]/,
  ];

  it('no file outside *.queries.ts calls a model or runs SQL', () => {
    const files = ['lib', 'app', 'scripts', 'worker'].flatMap(sourceFiles);
    const offenders = files
      .filter((f) => !f.endsWith('.queries.ts') && !/\.test\.tsx?$/.test(f) && !(f in INFRASTRUCTURE))
      .filter((f) => sql.some((re) => re.test(code(f))));
    expect(offenders).toEqual([]);
  });

  it('the check sees a model call and raw SQL (so it can fail)', () => {
    const sample = 'const n = await tx.user.count();\nawait prisma().$queryRaw`SELECT 1`;';
    expect(sql.filter((re) => re.test(sample))).toHaveLength(2);
    expect(sql.some((re) => re.test('await prisma().$transaction(async (tx) => insertLibrary(tx, data));'))).toBe(false);
  });
});

describe('room directions', () => {
  it('lib/jobs imports no lib/assets (assets report their failures to jobs, not the other way)', () => {
    expect(sourceFiles('lib/jobs').filter((f) => /from\s+['"]@\/lib\/assets\//.test(code(f)))).toEqual([]);
  });
});
