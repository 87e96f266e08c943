// uploads:cleanup (cron) — remove uploads left unfinished for a day (partial file and reservation).
import { cleanupUploads } from '@/lib/uploads/cleanup-uploads';
import { defineTask } from './define-task';

export default defineTask('uploads:cleanup', async () => {
  await cleanupUploads();
});
