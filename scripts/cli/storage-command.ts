// `npm run shoebox -- storage migrate --to s3|local`: copies every derived object from the
// other driver to this one, with a progress bar. Ctrl-C stops after the copies in flight; a
// second run skips what is already there. Needs no database: storage keys are the same.
import { SingleBar } from 'cli-progress';
import { env } from '@/lib/server/env';
import { migrateStorage } from '@/lib/storage/migrate-storage';
import { createDriver } from '@/lib/storage/storage';

const MB = 1024 * 1024;

export async function storageMigrateCommand(to: 'local' | 's3'): Promise<number> {
  const from = to === 's3' ? 'local' : 's3';
  const [source, target] = [createDriver(from), createDriver(to)];
  const stop = new AbortController();
  const onSignal = () => {
    if (!stop.signal.aborted) process.stderr.write('\nStopping after the copies in flight; run the command again to resume.\n');
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  const bar = new SingleBar({ format: `${from} → ${to} [{bar}] {value}/{total} objects · {copied} copied · {skipped} already there · {mb} MB`, hideCursor: true });
  bar.start(1, 0, { copied: 0, skipped: 0, mb: '0.0' });
  try {
    const summary = await migrateStorage(source, target, {
      signal: stop.signal,
      onProgress: (p) => {
        bar.setTotal(Math.max(1, p.total));
        bar.update(p.done, { copied: p.copied, skipped: p.skipped, mb: (p.copiedBytes / MB).toFixed(1) });
      },
    });
    bar.stop();
    console.log(`${summary.copied} copied (${(summary.copiedBytes / MB).toFixed(1)} MB), ${summary.skipped} already there, ${summary.done} of ${summary.total} objects.`);
    if (summary.interrupted) {
      console.log('Interrupted: run the same command again to copy the rest.');
      return 130;
    }
    const switchTo = to === 's3' ? 'STORAGE_DRIVER=s3' : 'STORAGE_DRIVER=local (or unset)';
    const leftover = from === 'local' ? `${env.DATA_DIR}/derived` : `the bucket ${env.S3_BUCKET}${env.S3_PREFIX ? ` under ${env.S3_PREFIX}` : ''}`;
    console.log(`Done. Set ${switchTo} and restart web and worker; the source copy in ${leftover} is left in place: remove it once Shoebox serves from ${to}.`);
    return 0;
  } finally {
    bar.stop();
    process.off('SIGINT', onSignal);
  }
}
