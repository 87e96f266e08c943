// Photos that look alike: groups of the user's own photos whose perceptual hashes are within
// the calibrated distance, or that are the same file, with the suggested one to keep.
import { TopBar } from '@/components/TopBar';
import { DuplicateTabs } from '@/components/duplicates/DuplicateTabs';
import { PhotoDuplicatesView } from '@/components/duplicates/PhotoDuplicatesView';
import { requirePageUser } from '@/lib/auth/page-user';
import { listPhotoDuplicateGroups } from '@/lib/duplicates/list-photo-duplicate-groups';

export const dynamic = 'force-dynamic';

export default async function PhotoDuplicatesPage() {
  const user = await requirePageUser();
  const initial = await listPhotoDuplicateGroups(user);
  return (
    <>
      <TopBar user={user} />
      <main className="mx-auto max-w-5xl px-4 pt-4 pb-12">
        <h1 className="mt-2 mb-3 text-xl font-semibold">Duplicates</h1>
        <DuplicateTabs current="photos" />
        <p className="mb-4 max-w-3xl text-sm text-neutral-300">
          Your photos that look alike (resized, re-saved, slightly cropped or shot in a burst) or are the same file. The suggested one has the
          most pixels; among photos of one size, the clearly higher quality score, then the largest file. Keeping one moves the others of its group to the trash, where you
          can restore them; the original files in your folders are never deleted.
        </p>
        <PhotoDuplicatesView initial={initial} />
      </main>
    </>
  );
}
