// Uploads from the browser and phone: resumable (tus 1.0 — creation, HEAD, PATCH, termination),
// checked before sending bytes (duplicates by SHA-1) and at the end (checksum, content,
// duplicate), within the administrator's limits (largest file, quota per user).
import { z } from 'zod';
import {
  adminUploadLimitsSchema,
  checkUploadsSchema,
  updateUploadLimitsSchema,
  uploadDuplicatesSchema,
  uploadListSchema,
  uploadTargetSchema,
  type AdminUploadLimits,
  type UploadDuplicates,
  type UploadList,
} from '@/lib/uploads/uploads.schemas';
import type { setUploadTarget } from '@/lib/uploads/set-upload-target';
import type { Documents } from './documents';
import { type ApiRoutes, json, noContent } from './operation';

const targetSetSchema = z.object({ libraryId: z.uuid(), name: z.string() });
const listDocumented: Documents<typeof uploadListSchema, UploadList> = true;
const duplicatesDocumented: Documents<typeof uploadDuplicatesSchema, UploadDuplicates> = true;
const limitsDocumented: Documents<typeof adminUploadLimitsSchema, AdminUploadLimits> = true;
const targetDocumented: Documents<typeof targetSetSchema, Awaited<ReturnType<typeof setUploadTarget>>> = true;
void [listDocumented, duplicatesDocumented, limitsDocumented, targetDocumented];

const tusId = z.object({ id: z.string().meta({ description: 'The upload id: the last part of the Location the creation answered.' }) });
const tusNote =
  'tus 1.0 (https://tus.io/protocols/resumable-upload): every request carries Tus-Resumable: 1.0.0. Refusals answer the usual JSON error with details.reason: too_big, over_quota, duplicate (with assetId), checksum_mismatch, not_media.';

export const uploadRoutes: ApiRoutes = {
  uploads: { GET: { summary: 'My uploads (newest first), my limits and where uploads go', access: 'user', answers: { 200: json('Uploads, limits, target.', uploadListSchema) } } },
  'uploads/check': {
    POST: { summary: 'Which of these files (SHA-1, hex) I already have, before sending them', access: 'user', body: checkUploadsSchema, answers: { 200: json('The ones already in my library, each with its asset.', uploadDuplicatesSchema) } },
  },
  'uploads/target': {
    PUT: { summary: 'Where my uploads go: one of my libraries, or null for my own upload library', access: 'user', body: uploadTargetSchema, answers: { 200: json('The library uploads now go to.', targetSetSchema) } },
  },
  'uploads/tus': {
    POST: {
      summary: 'Create a resumable upload (Upload-Length; Upload-Metadata with filename and checksum)',
      description: tusNote,
      access: 'user',
      answers: { 201: noContent('Created: Location names the upload; send its bytes with PATCH.') },
      errors: { 409: 'Already in my library (details.assetId).', 413: 'Larger than the largest file allowed, or over my quota.' },
    },
  },
  'uploads/tus/[id]': {
    HEAD: { summary: 'How many bytes of my upload the server has (Upload-Offset)', description: tusNote, access: 'user', path: tusId, answers: { 200: noContent('Upload-Offset and Upload-Length.') } },
    PATCH: {
      summary: 'Send bytes at Upload-Offset; the last ones finish the upload',
      description: `${tusNote} The answer to the last bytes carries Upload-Asset-Id: the photo or video it became.`,
      access: 'user',
      path: tusId,
      uploads: ['application/offset+octet-stream'],
      answers: { 204: noContent('Stored; Upload-Offset says how far.') },
      errors: { 409: 'Upload-Offset is not where the upload stands, or the file is already in my library.', 413: 'More bytes than announced.' },
    },
    DELETE: { summary: 'Cancel my upload (its partial file and reservation go)', description: tusNote, access: 'user', path: tusId, answers: { 204: noContent('Cancelled.') } },
  },
  'admin/upload-limits': {
    GET: { summary: 'The largest file anyone may upload, and each user’s quota and use', access: 'admin', answers: { 200: json('The limits.', adminUploadLimitsSchema) } },
    PATCH: { summary: 'Change the largest file, or one user’s quota (null: unlimited)', access: 'admin', body: updateUploadLimitsSchema, answers: { 200: json('The limits now.', adminUploadLimitsSchema) } },
  },
};
