// One handler per registered job name: the map is typed by the registry's names, so a job
// without a handler (or a handler for an unknown name) does not compile. Every crontab line
// must name a task too: the worker refuses to start otherwise rather than queue jobs nobody runs.
import type { Task, TaskList } from 'graphile-worker';
import { parseCrontab } from 'graphile-worker';
import type { TaskName } from '@/lib/jobs/job-registry';
import assetIngest from './tasks/asset-ingest';
import assetMotion from './tasks/asset-motion';
import authCleanupTokens from './tasks/auth-cleanup-tokens';
import uploadsCleanup from './tasks/uploads-cleanup';
import authResetRequest from './tasks/auth-reset-request';
import dbBackup from './tasks/db-backup';
import duplicatesGroupPhotos from './tasks/duplicates-group-photos';
import facesCluster from './tasks/faces-cluster';
import libraryScan from './tasks/library-scan';
import libraryScheduleScans from './tasks/library-schedule-scans';
import mailSend from './tasks/mail-send';
import mlAnalyze from './tasks/ml-analyze';
import nfoImport from './tasks/nfo-import';
import organiseAutoTag from './tasks/organise-auto-tag';
import placesBackfill from './tasks/places-backfill';
import similarRebuild from './tasks/similar-rebuild';
import similarRefresh from './tasks/similar-refresh';
import userDelete from './tasks/user-delete';
import timelineRefreshCounts from './tasks/timeline-refresh-counts';
import videoClip from './tasks/video-clip';
import videoMedia from './tasks/video-media';
import vectorsRebuild from './tasks/vectors-rebuild';
import videoPhash from './tasks/video-phash';

export const taskList = {
  'library:scan': libraryScan,
  'library:schedule-scans': libraryScheduleScans,
  'asset:ingest': assetIngest,
  'asset:motion': assetMotion,
  'mail:send': mailSend,
  'ml:analyze': mlAnalyze,
  'faces:cluster': facesCluster,
  'user:delete': userDelete,
  'auth:cleanup-tokens': authCleanupTokens,
  'uploads:cleanup': uploadsCleanup,
  'auth:reset-request': authResetRequest,
  'timeline:refresh-counts': timelineRefreshCounts,
  'video:media': videoMedia,
  'video:clip': videoClip,
  'nfo:import': nfoImport,
  'organise:auto-tag': organiseAutoTag,
  'video:phash': videoPhash,
  'vectors:rebuild': vectorsRebuild,
  'similar:rebuild': similarRebuild,
  'similar:refresh': similarRefresh,
  'duplicates:group-photos': duplicatesGroupPhotos,
  'db:backup': dbBackup,
  'places:backfill': placesBackfill,
} satisfies Record<TaskName, Task> as TaskList;

export function assertTaskListComplete(crontab: string): void {
  const unknownCron = parseCrontab(crontab)
    .map((item) => item.task)
    .filter((name) => !taskList[name]);
  if (unknownCron.length) {
    throw new Error(
      `Worker task list is incomplete. No handler for: ${unknownCron.join(', ')}`,
    );
  }
}
