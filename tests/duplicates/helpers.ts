// Copies and near-duplicates in a household (tests/catalogue/helpers.ts): videos are rows with a
// checksum (the same file in several places) and, for pairs, a perceptual hash.
import { randomBytes } from 'node:crypto';
import { prisma } from '@/lib/server/db';
import { addVideo } from '../catalogue/helpers';

type Lib = { ownerId: string; libraryId: string };

/** A video whose file has this checksum (a short label stands for the file's SHA-1). */
export async function addFile(library: Lib, file: string, seed: Parameters<typeof addVideo>[1] = {}): Promise<string> {
  const id = await addVideo(library, seed);
  await prisma().asset.update({ where: { id }, data: { checksum: new Uint8Array(Buffer.from(file.padEnd(20, '.'))) } });
  return id;
}

export async function copyOf(id: string): Promise<string | null> {
  return (await prisma().asset.findUniqueOrThrow({ where: { id }, select: { copyOf: true } })).copyOf;
}

/** copy_of of each id, in order. */
export const copiesOf = (ids: string[]) => Promise.all(ids.map(copyOf));

/** Labels for files no other test uses (copy groups are global: checksums are the file's). */
export const files = (n: number) => Array.from({ length: n }, () => randomBytes(8).toString('hex'));
