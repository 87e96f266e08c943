// organise:auto-tag — links the user's performers, studios and tags found in video paths (lib/importers/run-auto-tag.ts).
import { runAutoTag } from '@/lib/importers/run-auto-tag';
import { defineTask } from './define-task';

export default defineTask('organise:auto-tag', async (payload) => {
  await runAutoTag(payload);
});
