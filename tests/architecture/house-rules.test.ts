// The house rules of docs/architecture.md, read from the source: routes and server pages never
// import a queries module; no file outside *.queries.ts calls a Prisma model or runs SQL;
// lib/server imports no domain; rooms keep their directions; no import loops. No database.
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

/** The files a file imports for their code (type-only imports carry none), resolved. */
function valueImports(file: string): string[] {
  const found: string[] = [];
  for (const m of code(file).matchAll(/^(?:import|export)\s+(type\s+)?[^'"]*?['"]([^'"]+)['"]/gm)) {
    if (m[1]) continue;
    const spec = m[2];
    const base = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? path.posix.join(path.posix.dirname(file), spec) : null;
    if (!base || base.includes('/generated/')) continue;
    const hit = [base, `${base}.ts`, `${base}.tsx`, `${base}.mjs`].find((c) => known.has(c));
    if (hit) found.push(hit);
  }
  return found;
}
const everyFile = ['lib', 'app', 'components', 'scripts', 'worker'].flatMap(sourceFiles).filter((f) => !/\.test\.tsx?$/.test(f));
const known = new Set(everyFile);
const importsFrom = (dir: string, room: string) => sourceFiles(dir).filter((f) => valueImports(f).some((i) => i.startsWith(`lib/${room}/`)));

describe('room directions', () => {
  it('lib/server, the ground floor, imports no domain room', () => {
    expect(sourceFiles('lib/server').flatMap((f) => valueImports(f).filter((i) => !i.startsWith('lib/server/')).map((i) => `${f} -> ${i}`))).toEqual([]);
  });

  it('lib/jobs imports no lib/assets, and lib/timeline no lib/assets (assets use them, not the other way)', () => {
    expect(importsFrom('lib/jobs', 'assets')).toEqual([]);
    expect(importsFrom('lib/timeline', 'assets')).toEqual([]);
  });

  it('no two files import each other, directly or round a loop', () => {
    const state = new Map<string, 'open' | 'done'>();
    const loops: string[] = [];
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') return void loops.push([...trail.slice(trail.indexOf(file)), file].join(' -> '));
      state.set(file, 'open');
      for (const next of valueImports(file)) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of everyFile) visit(file, []);
    expect(loops).toEqual([]);
  });
});
