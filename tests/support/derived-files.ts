// Whether a derived file is on disk, looked up where the store keeps it (DATA_DIR/derived).
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { derivedRoot } from '@/lib/storage/storage';

export async function derivedFileExists(storageKey: string): Promise<boolean> {
  return stat(path.join(derivedRoot(), storageKey)).then(
    (s) => s.isFile(),
    () => false,
  );
}
