// nfo:import — a video's .nfo sidecar read again after a rescan saw it change (lib/importers/import-nfo-sidecar.ts).
import { importNfoSidecar } from '@/lib/importers/import-nfo-sidecar';
import { defineTask } from './define-task';

export default defineTask('nfo:import', async ({ assetId }) => {
  await importNfoSidecar(assetId);
});
