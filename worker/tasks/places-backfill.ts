// places:backfill — places for assets with GPS and none yet, and rows still to look up (lib/places).
import { backfillPlaces } from '@/lib/places/backfill-places';
import { defineTask } from './define-task';

export default defineTask('places:backfill', async () => {
  await backfillPlaces();
});
