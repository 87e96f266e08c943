// library:scan-all — cron entry point: queue a scan of every library.
import { prisma } from '@/lib/server/db';
import { listAllLibraryIds } from '@/lib/libraries/libraries.queries';
import { enqueueLibraryScan } from '@/lib/libraries/request-library-scan';
import { defineTask } from './define-task';

export default defineTask('library:scan-all', async () => {
  const libraries = await listAllLibraryIds();
  await prisma().$transaction(async (tx) => {
    for (const { id } of libraries) await enqueueLibraryScan(tx, id);
  });
});
