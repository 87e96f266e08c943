// `shoebox videos`: how many videos have all their preview media (seek sprite + VTT, teasers),
// how many are pending and how many failed, with a progress bar that follows the work until
// nothing is pending. Videos with neither media nor a job (ingested before video:media existed)
// are queued first. With no live worker the jobs run in this process. `--chapters` first reads
// the chapters of every ready video from its file (videos ingested before chapters existed;
// an ingest reads them itself), with a progress bar of its own. Videos without a perceptual hash
// (lib/duplicates) are queued too; their jobs run with the others.
import { SingleBar } from 'cli-progress';
import { Logger, runOnce } from 'graphile-worker';
import { getHealth } from '@/lib/admin/get-health';
import { queueMissingVideoMedia } from '@/lib/assets/queue-missing-video-media';
import { importChaptersOfIngestedVideos } from '@/lib/chapters/import-chapters-of-ingested-videos';
import { countVideoMedia } from '@/lib/assets/video-media.queries';
import { queueMissingVideoPhashes } from '@/lib/duplicates/queue-missing-video-phashes';
import { requireDatabaseUrl } from '@/lib/server/env';
import { taskList } from '@/worker/task-list';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function importChapters(): Promise<void> {
  const bar = new SingleBar({ format: 'chapters [{bar}] {value}/{total} videos read', hideCursor: true });
  bar.start(1, 0);
  const summary = await importChaptersOfIngestedVideos((done, total) => {
    bar.setTotal(total);
    bar.update(done);
  });
  bar.stop();
  console.log(
    `Chapters: ${summary.chapters} from the files of ${summary.withChapters} of ${summary.videos} videos` +
      (summary.skipped ? ` (${summary.skipped} could not be read: missing or damaged; a rescan deals with them).` : '.'),
  );
}

export async function videosCommand(options: { chapters: boolean } = { chapters: false }): Promise<void> {
  if (options.chapters) await importChapters();
  const queued = await queueMissingVideoMedia();
  if (queued) console.log(`Queued preview media for ${queued} video${queued === 1 ? '' : 's'} that had none.`);
  const hashes = await queueMissingVideoPhashes(); // duplicates: the perceptual hash of videos hashed before it existed
  if (hashes) console.log(`Queued the perceptual hash of ${hashes} video${hashes === 1 ? '' : 's'} that had none.`);
  const workerAlive = (await getHealth()).worker.alive;
  let counts = await countVideoMedia();
  if (counts.total === 0) return console.log('No ready video yet.');
  const bar = new SingleBar({ format: 'videos [{bar}] {value}/{total} with preview media · {pending} pending · {failed} failed · ETA {eta}s', hideCursor: true });
  bar.start(counts.total, counts.done, counts);
  const work = workerAlive ? null : runOnce({ connectionString: requireDatabaseUrl(), taskList, concurrency: 1, logger: new Logger(() => () => undefined) });
  let finished = false;
  void work?.finally(() => (finished = true));
  while (counts.pending > 0 && !finished) {
    await pause(500);
    counts = await countVideoMedia();
    bar.update(counts.done, counts);
  }
  await work;
  counts = await countVideoMedia();
  bar.update(counts.done, counts);
  bar.stop();
  console.log(`${counts.done} with all preview media, ${counts.pending} pending, ${counts.failed} failed (reports in Jobs), of ${counts.total} videos.`);
}
