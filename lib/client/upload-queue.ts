// The browser's upload queue, shared by the top bar's Upload panel and the timeline's drop zone
// (a small external store for useSyncExternalStore). Each file is hashed (SHA-1, incrementally
// with hash-wasm), checked for duplicates before any byte is sent, then sent with tus-js-client
// two at a time. tus-js-client keeps each upload's URL in localStorage under the file's
// fingerprint (name, type, size, modification time), so after a reload the same file added
// again resumes from the server's offset instead of starting over.
import { createSHA1 } from 'hash-wasm';
import { defaultOptions, type DetailedError, type PreviousUpload, Upload } from 'tus-js-client';
import { checkDuplicates } from './uploads-api';

export type UploadState = 'hashing' | 'checking' | 'queued' | 'uploading' | 'paused' | 'done' | 'duplicate' | 'failed';

export interface UploadItem {
  key: string;
  name: string;
  size: number;
  state: UploadState;
  sent: number;
  /** Bytes of the file hashed so far (hashing runs before sending). */
  hashed: number;
  error: string | null;
  /** The photo it became, or the one it duplicates. */
  assetId: string | null;
  /** Resumed from an earlier page: bytes the server already had. */
  resumedAt: number | null;
}

export const TUS_ENDPOINT = '/api/uploads/tus';
const CHUNK_BYTES = 8 * 1024 * 1024;
const HASH_SLICE = 4 * 1024 * 1024;
const PARALLEL = 2;

interface Entry {
  item: UploadItem;
  file: File;
  checksum: string | null;
  tus: Upload | null;
}

const entries = new Map<string, Entry>();
let snapshot: UploadItem[] = [];
let panelOpen = false;
const listeners = new Set<() => void>();
let counter = 0;

function emit() {
  snapshot = [...entries.values()].map((e) => e.item);
  for (const l of listeners) l();
}

function update(key: string, change: Partial<UploadItem>) {
  const entry = entries.get(key);
  if (!entry) return;
  entry.item = { ...entry.item, ...change };
  emit();
}

export const uploadStore = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  items: () => snapshot,
  isOpen: () => panelOpen,
  setOpen(open: boolean) {
    panelOpen = open;
    emit();
  },
};

/** Adds files (from the picker or a drop); media only, the rest is said to be skipped. */
export function addFiles(files: Iterable<File>): void {
  for (const file of files) {
    const key = `u${++counter}`;
    const item: UploadItem = { key, name: file.name, size: file.size, state: 'hashing', sent: 0, hashed: 0, error: null, assetId: null, resumedAt: null };
    entries.set(key, { item, file, checksum: null, tus: null });
    if (file.size === 0) entries.get(key)!.item = { ...item, state: 'failed', error: 'The file is empty.' };
  }
  panelOpen = true;
  emit();
  void hashAndCheck();
}

let hashing = false;

/** One file hashed at a time (reading two big files at once only slows both), then checked in one request. */
async function hashAndCheck(): Promise<void> {
  if (hashing) return;
  hashing = true;
  try {
    for (;;) {
      const pending = [...entries.values()].filter((e) => e.item.state === 'hashing');
      if (pending.length === 0) break;
      for (const entry of pending) {
        try {
          entry.checksum = await sha1Of(entry.file, (hashed) => update(entry.item.key, { hashed }));
          update(entry.item.key, { state: 'checking', hashed: entry.file.size });
        } catch {
          update(entry.item.key, { state: 'failed', error: 'The file could not be read.' });
        }
      }
      const toCheck = [...entries.values()].filter((e) => e.item.state === 'checking' && e.checksum);
      try {
        const { duplicates } = await checkDuplicates(toCheck.map((e) => e.checksum!));
        const known = new Map(duplicates.map((d) => [d.checksum, d.assetId]));
        for (const e of toCheck) {
          const assetId = known.get(e.checksum!);
          update(e.item.key, assetId ? { state: 'duplicate', assetId, error: 'Already in your library.' } : { state: 'queued' });
        }
      } catch {
        for (const e of toCheck) update(e.item.key, { state: 'queued' }); // the server checks again at the end
      }
      pump();
    }
  } finally {
    hashing = false;
  }
}

async function sha1Of(file: File, onProgress: (bytes: number) => void): Promise<string> {
  const sha1 = await createSHA1();
  sha1.init();
  for (let at = 0; at < file.size; at += HASH_SLICE) {
    sha1.update(new Uint8Array(await file.slice(at, at + HASH_SLICE).arrayBuffer()));
    onProgress(Math.min(file.size, at + HASH_SLICE));
  }
  return sha1.digest('hex');
}

function pump(): void {
  const running = [...entries.values()].filter((e) => e.item.state === 'uploading').length;
  const next = [...entries.values()].filter((e) => e.item.state === 'queued').slice(0, Math.max(0, PARALLEL - running));
  for (const entry of next) void send(entry);
}

async function send(entry: Entry): Promise<void> {
  const { key } = entry.item;
  update(key, { state: 'uploading', error: null });
  if (!entry.tus) {
    entry.tus = new Upload(entry.file, {
      endpoint: TUS_ENDPOINT,
      chunkSize: CHUNK_BYTES,
      retryDelays: [0, 1000, 3000, 5000, 10000],
      metadata: { filename: entry.file.name, filetype: entry.file.type, checksum: entry.checksum! },
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      onProgress: (sent) => update(key, { sent }),
      onSuccess: ({ lastResponse }) => {
        update(key, { state: 'done', sent: entry.file.size, assetId: lastResponse.getHeader('Upload-Asset-Id') ?? null });
        pump();
      },
      onError: (error) => {
        update(key, { state: 'failed', ...refusalOf(error) });
        pump();
      },
    });
    const previous = await entry.tus.findPreviousUploads().catch(() => [] as PreviousUpload[]);
    if (previous.length > 0) {
      entry.tus.resumeFromPreviousUpload(previous[0]);
      update(key, { resumedAt: 0 });
    }
  }
  entry.tus.start();
}

/** Our JSON refusal (too big, over quota, not a photo, duplicate with its id), or a plain message. */
function refusalOf(error: Error | DetailedError): { error: string; assetId: string | null } {
  const body = 'originalResponse' in error ? error.originalResponse?.getBody() : undefined;
  try {
    const parsed = JSON.parse(body ?? '') as { error?: { message?: string; details?: { assetId?: string } } };
    if (parsed.error?.message) return { error: parsed.error.message, assetId: parsed.error.details?.assetId ?? null };
  } catch {
    // not ours: a network failure or a proxy's page
  }
  return { error: 'The upload failed. Check the connection and try again.', assetId: null };
}

export function pauseUpload(key: string): void {
  const entry = entries.get(key);
  if (!entry || !['uploading', 'queued'].includes(entry.item.state)) return;
  void entry.tus?.abort();
  update(key, { state: 'paused' });
  pump();
}

export function resumeUpload(key: string): void {
  const entry = entries.get(key);
  if (!entry || !['paused', 'failed'].includes(entry.item.state) || !entry.checksum) return;
  update(key, { state: 'queued', error: null });
  pump();
}

export const pauseAll = () => snapshot.forEach((i) => pauseUpload(i.key));
export const resumeAll = () => snapshot.forEach((i) => i.state === 'paused' && resumeUpload(i.key));

/** Takes finished, refused and duplicate items off the list. */
export function clearFinished(): void {
  for (const [key, e] of entries) if (['done', 'duplicate', 'failed'].includes(e.item.state)) entries.delete(key);
  emit();
}

/** Uploads an earlier page started and did not finish (kept by tus-js-client in localStorage). */
export async function unfinishedFromEarlier(): Promise<PreviousUpload[]> {
  const all = await defaultOptions.urlStorage.findAllUploads().catch(() => [] as PreviousUpload[]);
  const active = new Set(snapshot.map((i) => i.name));
  return all.filter((p) => !active.has(p.metadata?.filename ?? ''));
}

/** Forgets an earlier unfinished upload: cancelled on the server, removed from storage. */
export async function forgetEarlier(previous: PreviousUpload): Promise<void> {
  if (previous.uploadUrl) await fetch(previous.uploadUrl, { method: 'DELETE', headers: { 'Tus-Resumable': '1.0.0' } }).catch(() => undefined);
  await defaultOptions.urlStorage.removeUpload(previous.urlStorageKey);
}
