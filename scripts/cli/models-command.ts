// `npm run shoebox -- models pull`: downloads the configured models ahead of their first use
// (a Docker image build, a server that will be offline later), with a progress bar. Needs no
// database: the worker records the model as ready when it first opens it.
import { loadClipModel } from '@/lib/ml/clip/clip-model';
import { modelsDir } from '@/lib/ml/models/models-dir';

const MB = 1024 * 1024;

export async function modelsPullCommand(): Promise<number> {
  const bar = progressBar('CLIP');
  const loaded = await loadClipModel({ record: false, onProgress: bar.update });
  bar.end();
  if (!loaded.ok) {
    console.error(loaded.reason);
    return 1;
  }
  console.log(`${loaded.model.id}: ready in ${modelsDir()}`);
  return 0;
}

/** A bar redrawn in place on a terminal; in a log (docker build) one line per 10%. */
function progressBar(label: string) {
  const terminal = Boolean(process.stderr.isTTY);
  let lastTenth = -1;
  let drawn = false;
  return {
    update(done: number, total: number) {
      const share = total > 0 ? Math.min(1, done / total) : 0;
      const text = `${label} [${'#'.repeat(Math.round(share * 30)).padEnd(30, '.')}] ${Math.floor(share * 100)}%  ${(done / MB).toFixed(1)}/${(total / MB).toFixed(1)} MB`;
      if (terminal) {
        process.stderr.write(`\r${text}`);
        drawn = true;
      } else if (Math.floor(share * 10) > lastTenth) {
        lastTenth = Math.floor(share * 10);
        process.stderr.write(`${text}\n`);
      }
    },
    end() {
      if (drawn) process.stderr.write('\n');
    },
  };
}
