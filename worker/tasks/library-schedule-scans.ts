// library:schedule-scans — cron, every minute: queue the scans whose library schedule is due.
import { queueDueScans } from '@/lib/libraries/queue-due-scans';
import { defineTask } from './define-task';

export default defineTask('library:schedule-scans', async () => {
  await queueDueScans();
});
