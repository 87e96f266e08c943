// similar:refresh — the videos marked dirty by the similar triggers, in batches (every minute).
import { refreshAllDirty } from '@/lib/similar/refresh-similar';
import { defineTask } from './define-task';

export default defineTask('similar:refresh', async () => {
  await refreshAllDirty();
});
