// This process's tus server, over the store folder under the data dir (made on first use).
import { partialUploadsDir } from './upload-paths';
import { createUploadServer, type UploadServer } from './tus-server';

let server: UploadServer | undefined;

export function uploadServer(): UploadServer {
  server ??= createUploadServer(partialUploadsDir());
  return server;
}
