// The last byte of an upload arrived (onUploadFinish): the file is opened once and checked —
// its SHA-1 must be the one the client announced, its first bytes a photo or video format our
// ingest reads, and it must not be a copy of something the user already has (checked again
// here, under the user's row lock: two uploads of one file can pass the early check together).
// Then it is placed in the library and becomes an asset with its ingest job, exactly as a scan
// would record a new file. A refused file is removed with its partial upload, and the row says why.
import { createHash } from 'node:crypto';
import { type FileHandle, open } from 'node:fs/promises';
import type { SessionUser } from '@/lib/auth/auth.schemas';
import { prisma } from '@/lib/server/db';
import { log } from '@/lib/server/log';
import { detectUploadType } from './detect-upload-type';
import { placeUploadFile, removePlacedFile, type PlacedFile } from './place-upload-file';
import { sanitiseFileName, withExtension } from './upload-paths';
import { duplicateOf, UploadRefusal } from './upload-refusal';
import { mediaKindOf } from '@/lib/media/media-types';
import { findUpload, findUploadLibrary, insertUploadedAsset, lockUploader, markUploadEnded, selectDuplicates } from './uploads.queries';

export interface FinishedUpload {
  assetId: string;
  relPath: string;
}

/** `removePartial` deletes the partial file and its tus info (the store's own remove). */
export async function finishUpload(user: SessionUser, tusId: string, partialPath: string, removePartial: () => Promise<void>): Promise<FinishedUpload> {
  const upload = await findUpload(tusId);
  if (!upload || upload.userId !== user.id || upload.status !== 'uploading' || !upload.libraryId) {
    throw new UploadRefusal('not_found', 'No such upload.', { reason: 'not_found' });
  }
  const refuse = async (refusal: UploadRefusal): Promise<never> => {
    await removePartial().catch(() => undefined);
    await markUploadEnded(tusId, 'failed', refusal.message);
    throw refusal;
  };
  const handle = await open(partialPath, 'r');
  let checksum: Buffer;
  let type: Awaited<ReturnType<typeof detectUploadType>>;
  try {
    checksum = await sha1Of(handle);
    type = await detectUploadType(handle);
  } finally {
    await handle.close();
  }
  if (!checksum.equals(Buffer.from(upload.checksum))) {
    return refuse(new UploadRefusal('validation_failed', 'The file arrived damaged (its SHA-1 is not the one announced); upload it again.', { reason: 'checksum_mismatch' }));
  }
  if (!type) {
    return refuse(new UploadRefusal('validation_failed', 'This is not a photo or video Shoebox can read.', { reason: 'not_media' }));
  }
  const library = await findUploadLibrary(prisma(), upload.libraryId);
  if (!library) return refuse(new UploadRefusal('not_found', 'The library this upload was going to is gone.', { reason: 'not_found' }));
  let name = sanitiseFileName(upload.fileName);
  if (mediaKindOf(name) !== type.kind) name = withExtension(name, type.ext);
  let placed: PlacedFile | undefined;
  try {
    const assetId = await prisma().$transaction(async (tx) => {
      await lockUploader(tx, user.id);
      const [duplicate] = await selectDuplicates(tx, user.id, [checksum]);
      if (duplicate) throw duplicateOf(duplicate.assetId);
      placed = await placeUploadFile(partialPath, library.rootPath, name);
      return insertUploadedAsset(tx, { tusId, ownerId: library.ownerId, libraryId: library.id }, { type: type.kind, ...placed });
    });
    await removePartial().catch(() => undefined); // the tus info file; the bytes are in the library now
    log.info({ uploadId: upload.id, assetId, bytes: placed?.size }, 'upload finished');
    return { assetId, relPath: placed!.relPath };
  } catch (error) {
    if (placed) await removePlacedFile(library.rootPath, placed.relPath);
    if (error instanceof UploadRefusal) return refuse(error);
    log.error({ uploadId: upload.id, err: error }, 'upload could not be placed');
    return refuse(new UploadRefusal('internal', `The file could not be put into the library “${library.name}”.`, { reason: 'storage' }));
  }
}

async function sha1Of(handle: FileHandle): Promise<Buffer> {
  const hash = createHash('sha1');
  for await (const chunk of handle.createReadStream({ start: 0, autoClose: false })) hash.update(chunk as Buffer);
  return hash.digest();
}
