// Every declared job name must have a handler, and every crontab line must name one: the
// worker refuses to start otherwise rather than leaving jobs nobody runs.
import type { TaskList } from 'graphile-worker';
import { parseCrontab } from 'graphile-worker';
import { taskNames } from '@/lib/server/jobs';
import assetIngest from './tasks/asset-ingest';
import authCleanupTokens from './tasks/auth-cleanup-tokens';
import authResetRequest from './tasks/auth-reset-request';
import libraryScan from './tasks/library-scan';
import libraryScheduleScans from './tasks/library-schedule-scans';
import mailSend from './tasks/mail-send';
import userDelete from './tasks/user-delete';
import timelineRefreshCounts from './tasks/timeline-refresh-counts';

export const taskList: TaskList = {
  'library:scan': libraryScan,
  'library:schedule-scans': libraryScheduleScans,
  'asset:ingest': assetIngest,
  'mail:send': mailSend,
  'user:delete': userDelete,
  'auth:cleanup-tokens': authCleanupTokens,
  'auth:reset-request': authResetRequest,
  'timeline:refresh-counts': timelineRefreshCounts,
};

export function assertTaskListComplete(crontab: string): void {
  const missing = taskNames.filter((name) => !taskList[name]);
  const unknownCron = parseCrontab(crontab)
    .map((item) => item.task)
    .filter((name) => !taskList[name]);
  if (missing.length || unknownCron.length) {
    throw new Error(
      `Worker task list is incomplete. No handler for: ${[...missing, ...unknownCron].join(', ')}`,
    );
  }
}
