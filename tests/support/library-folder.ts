// A user's photo folder for a test: a private copy of (part of) the shared corpus.
import { cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { prisma } from '@/lib/server/db';
import { corpusDir } from './corpus';

export { corpusDir };

export async function copyCorpus(...parts: string[]): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-library-'));
  for (const part of parts) await cp(path.join(corpusDir, part), path.join(root, part), { recursive: true });
  return root;
}

export function createLibraryRow(ownerId: string, rootPath: string) {
  return prisma().library.create({ data: { ownerId, rootPath, name: path.basename(rootPath) } });
}
