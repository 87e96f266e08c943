// library:scan — walk one library, upsert its assets and queue their ingest.
import { scanLibrary } from '@/lib/libraries/scan-library';
import { defineTask } from './define-task';

export default defineTask('library:scan', async ({ libraryId, trigger }) => {
  await scanLibrary(libraryId, { trigger });
});
