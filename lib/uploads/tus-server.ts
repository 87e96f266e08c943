// The tus server (@tus/server over a FileStore under the data dir) with our rules in its hooks:
// every request but a creation must name an upload of the caller's (another user's id is a 404,
// the same as a missing one); a creation reserves its bytes first (reserve-upload.ts); the last
// byte finishes it (finish-upload.ts). The FileStore keeps each partial file and its offset and
// metadata on disk, so a new server over the same folder — after a restart — resumes them.
import { randomBytes } from 'node:crypto';
import { unlink } from 'node:fs/promises';
import path from 'node:path';
import { FileStore } from '@tus/file-store';
import { MemoryLocker, Server, type Upload } from '@tus/server';
import type { SessionUser } from '@/lib/auth/auth.schemas';
import { isDatabaseUnavailable } from '@/lib/server/database-errors';
import { log } from '@/lib/server/log';
import { finishUpload } from './finish-upload';
import { reserveUpload } from './reserve-upload';
import { UploadRefusal } from './upload-refusal';
import { findUploadOfUser, markUploadEnded, saveUploadOffset } from './uploads.queries';

export const TUS_PATH = '/api/uploads/tus';

export interface UploadServer {
  /** Answers one tus request (POST, HEAD, PATCH, DELETE) of this signed-in user. */
  handle(req: Request, user: SessionUser): Promise<Response>;
  /** Removes a partial upload (file and info); missing parts are fine. */
  discard(tusId: string): Promise<void>;
}

const NOT_FOUND = new UploadRefusal('not_found', 'No such upload.', { reason: 'not_found' });

export function createUploadServer(directory: string): UploadServer {
  const store = new FileStore({ directory });
  const callers = new WeakMap<Request, SessionUser>();
  const callerOf = (req: Request) => {
    const user = callers.get(req);
    if (!user) throw NOT_FOUND;
    return user;
  };
  // Our ids are 32 hex characters (namingFunction below); nothing else names a file here.
  const partialPath = (tusId: string) => {
    if (!/^[0-9a-f]{32}$/.test(tusId)) throw NOT_FOUND;
    return path.join(directory, tusId);
  };
  const discard = async (tusId: string) => {
    await unlink(partialPath(tusId)).catch(() => undefined);
    await store.configstore.delete(tusId).catch(() => undefined);
  };
  const server = new Server({
    path: TUS_PATH,
    datastore: store,
    locker: new MemoryLocker(),
    relativeLocation: true,
    namingFunction: () => randomBytes(16).toString('hex'),
    // Same origin only: the API's CORS (lib/server/cors.ts) is for API keys, not uploads.
    allowedOrigins: [],
    async onIncomingRequest(req, tusId) {
      if (req.method === 'POST') return;
      if (!(await findUploadOfUser(tusId, callerOf(req).id))) throw NOT_FOUND;
    },
    async onUploadCreate(req, upload: Upload) {
      await reserveUpload(callerOf(req), { tusId: upload.id, size: upload.size, metadata: upload.metadata });
      return {};
    },
    async onUploadFinish(req, upload: Upload) {
      const finished = await finishUpload(callerOf(req), upload.id, partialPath(upload.id), () => discard(upload.id));
      return { headers: { 'Upload-Asset-Id': finished.assetId } };
    },
    async onResponseError(_req, error) {
      if (error instanceof UploadRefusal) return;
      if (isDatabaseUnavailable(error)) return { status_code: 503, body: JSON.stringify({ error: { code: 'unavailable', message: 'The database cannot be reached right now. Try again in a moment.' } }) };
      if ('status_code' in error) return; // tus's own answers (409 wrong offset, 404, 413…)
      log.error({ err: error }, 'upload request failed');
      return { status_code: 500, body: JSON.stringify({ error: { code: 'internal', message: 'Something went wrong. The log has the details.' } }) };
    },
  });

  return {
    discard,
    async handle(req, user) {
      callers.set(req, user);
      const response = await server.handleWeb(req);
      const tusId = new URL(req.url).pathname.split('/').pop() ?? '';
      if (req.method === 'PATCH' && response.status === 204) {
        await saveUploadOffset(tusId, Number(response.headers.get('upload-offset')));
      } else if (req.method === 'DELETE' && response.status === 204) {
        await markUploadEnded(tusId, 'cancelled', null);
      }
      return response;
    },
  };
}
