// The files the reference page loads, by a fixed list of names: Swagger UI's from the
// swagger-ui-dist package in node_modules, and our start script and styles. A name from the
// request only ever picks an entry of this list; it never becomes a path.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { notFound } from '@/lib/server/errors';
import { DOCS_CSS, DOCS_INIT_SCRIPT } from './docs-page';

type DocsFile = { type: string } & ({ package: string } | { text: string });

const DOCS_FILES: Record<string, DocsFile> = {
  'swagger-ui.css': { type: 'text/css; charset=utf-8', package: 'swagger-ui.css' },
  'swagger-ui-bundle.js': { type: 'text/javascript; charset=utf-8', package: 'swagger-ui-bundle.js' },
  'favicon-32x32.png': { type: 'image/png', package: 'favicon-32x32.png' },
  'shoebox-docs.js': { type: 'text/javascript; charset=utf-8', text: DOCS_INIT_SCRIPT },
  'shoebox-docs.css': { type: 'text/css; charset=utf-8', text: DOCS_CSS },
};

export const docsFileNames = Object.keys(DOCS_FILES);

// Resolved from the app's own package.json, as lib/vectors/usearch.ts does: the bundler leaves
// node_modules alone and the files are read as they ship.
function packageDir(): string {
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  return path.dirname(require.resolve('swagger-ui-dist/package.json'));
}

export async function serveDocsFile(name: string): Promise<Response> {
  const file = Object.hasOwn(DOCS_FILES, name) ? DOCS_FILES[name] : undefined;
  if (!file) throw notFound('No such file.');
  const body = 'text' in file ? file.text : await readFile(path.join(packageDir(), file.package));
  // Public, the same for everyone, and it changes only with a new build.
  return new Response(body, { status: 200, headers: { 'content-type': file.type, 'cache-control': 'public, max-age=3600' } });
}
