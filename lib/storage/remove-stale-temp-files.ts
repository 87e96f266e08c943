// A worker killed in the middle of a write leaves `<target>.<hex>.tmp` beside the derived
// files (putObject writes a temp name, then renames), or `<target>.<hex>.tmp.<ext>` where
// ffmpeg wrote it (putObjectsWrittenBy: the tool tells the format by the extension; ffmpeg
// keeps writing while it works, so a file it is busy with never looks stale). Each worker removes them when it starts.
// Only temp files older than a few minutes go: another worker sharing this data folder may be
// writing one right now, and a write takes milliseconds, not minutes.
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { derivedRoot } from './storage';

const TEMP_NAME = /\.[0-9a-f]+\.tmp(\.[a-z0-9]+)?$/;
const TEMP_FILE_STALE_AFTER_MS = 10 * 60_000;

/** Removes abandoned temp files under DATA_DIR/derived; returns how many. */
export async function removeStaleTempFiles(now = Date.now()): Promise<number> {
  const entries = await readdir(derivedRoot(), { withFileTypes: true, recursive: true }).catch(() => []);
  let removed = 0;
  for (const entry of entries) {
    if (!entry.isFile() || !TEMP_NAME.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const info = await stat(file).catch(() => null);
    if (!info || now - info.mtimeMs < TEMP_FILE_STALE_AFTER_MS) continue;
    await rm(file, { force: true });
    removed += 1;
  }
  return removed;
}
