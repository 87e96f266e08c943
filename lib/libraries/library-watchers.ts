// Folder watching for libraries with `watch` on. Changes are debounced into one queued scan
// (the scan's job key folds repeats). When the OS runs out of watches (inotify's
// max_user_watches) the watcher is closed and the library falls back to its schedule, with a
// warning saying how to raise the limit; it is tried again later.
import { type FSWatcher, watch } from 'node:fs';
import { log } from '@/lib/server/log';
import { listWatchedLibraries } from './libraries.queries';
import { requestLibraryScan } from './request-library-scan';

const DEBOUNCE_MS = 5_000;
const RETRY_AFTER_MS = 10 * 60_000;
const LIMIT_CODES = new Set(['ENOSPC', 'EMFILE', 'ENFILE']);

interface Watched {
  root: string;
  watcher: FSWatcher;
  timer?: NodeJS.Timeout;
}

export class LibraryWatchers {
  private readonly watched = new Map<string, Watched>();
  private readonly gaveUpAt = new Map<string, number>();

  /** Starts watchers for libraries that want one, stops those that no longer do. */
  async refresh(): Promise<void> {
    const wanted = await listWatchedLibraries();
    const ids = new Set(wanted.map((l) => l.id));
    for (const [id, w] of this.watched) if (!ids.has(id)) this.stop(id, w);
    for (const library of wanted) {
      if (this.watched.has(library.id)) continue;
      const gaveUp = this.gaveUpAt.get(library.id);
      if (gaveUp && Date.now() - gaveUp < RETRY_AFTER_MS) continue;
      this.start(library.id, library.rootPath);
    }
  }

  stopAll(): void {
    for (const [id, w] of this.watched) this.stop(id, w);
  }

  private start(id: string, root: string): void {
    try {
      const watcher = watch(root, { recursive: true, persistent: false }, (_event, name) => this.changed(id, name?.toString()));
      watcher.on('error', (error) => this.giveUp(id, error));
      this.watched.set(id, { root, watcher });
      log.info({ libraryId: id, root }, 'watching library folder');
    } catch (error) {
      this.giveUp(id, error);
    }
  }

  private changed(id: string, name: string | undefined): void {
    if (name?.split('/').some((part) => part.startsWith('.'))) return; // hidden files are not indexed
    const w = this.watched.get(id);
    if (!w) return;
    clearTimeout(w.timer);
    w.timer = setTimeout(() => {
      requestLibraryScan(id, 'watch').catch((error: unknown) => log.warn({ err: error, libraryId: id }, 'could not queue a watch scan'));
    }, DEBOUNCE_MS);
  }

  private giveUp(id: string, error: unknown): void {
    const w = this.watched.get(id);
    if (w) this.stop(id, w);
    this.gaveUpAt.set(id, Date.now());
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (LIMIT_CODES.has(code)) {
      log.warn(
        { libraryId: id, code },
        'cannot watch this library: the system limit of watched folders is reached; it is scanned on its schedule instead (raise fs.inotify.max_user_watches to watch it)',
      );
    } else {
      log.warn({ libraryId: id, err: error }, 'cannot watch this library; it is scanned on its schedule instead');
    }
  }

  private stop(id: string, w: Watched): void {
    clearTimeout(w.timer);
    w.watcher.close();
    this.watched.delete(id);
  }
}
