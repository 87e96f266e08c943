// One named queue per library serialises its scans: only one scan of a library runs at a
// time, and the job key folds repeated "Scan now" clicks into one queued scan.
import { prisma, type Prisma } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import type { ScanTrigger } from '@/lib/server/generated/prisma/enums';
import { enqueue } from '@/lib/jobs/enqueue';
import { findLibrary } from './libraries.queries';

export function enqueueLibraryScan(tx: Prisma.TransactionClient, libraryId: string, trigger: ScanTrigger = 'manual') {
  return enqueue(tx, 'library:scan', { libraryId, trigger }); // the registry's queue and job key per library
}

export async function requestLibraryScan(libraryId: string, trigger: ScanTrigger = 'manual'): Promise<void> {
  await prisma().$transaction(async (tx) => {
    if (!(await findLibrary(libraryId, tx))) throw notFound('No such library.');
    await enqueueLibraryScan(tx, libraryId, trigger);
  });
}
