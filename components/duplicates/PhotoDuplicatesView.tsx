'use client';
// The photo duplicates page's groups: each group's photos side by side (two columns on a phone,
// up to four on a wide screen), the suggested best one marked. "Keep this one" moves the group's
// other photos to Shoebox's trash; "Not duplicates" hides the group for this user for good.
import { useKeepPhotoDuplicate, useMarkPhotoNotDuplicates, usePhotoDuplicateGroups } from '@/lib/client/photo-duplicates-api';
import type { PhotoDuplicateGroup, PhotoDuplicateGroups } from '@/lib/duplicates/photo-duplicates.schemas';
import { DuplicatePhotoCard } from './DuplicatePhotoCard';

function Group({ group, index }: { group: PhotoDuplicateGroup; index: number }) {
  const keep = useKeepPhotoDuplicate();
  const dismiss = useMarkPhotoNotDuplicates();
  const ids = group.photos.map((p) => p.id);
  const pending = keep.isPending || dismiss.isPending;
  const error = (keep.error ?? dismiss.error)?.message;
  const headingId = `duplicate-group-${index}`;
  return (
    <li className="rounded-lg border border-neutral-800 bg-neutral-900/60 p-3 sm:p-4" data-testid="duplicate-group" aria-labelledby={headingId}>
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <h2 id={headingId} className="text-sm text-neutral-200">
          {group.photos.length} photos · {group.kind === 'exact' ? 'the same file' : group.distance === 0 ? 'identical pictures' : `up to ${group.distance} of 64 bits differ`}
        </h2>
        <span className="flex-1" />
        <button
          type="button"
          onClick={() => dismiss.mutate({ ids })}
          disabled={pending}
          className="rounded-md px-2 py-1 text-sm text-neutral-200 hover:bg-white/10 hover:text-white disabled:opacity-60"
        >
          Not duplicates
        </button>
      </div>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 sm:gap-3 lg:grid-cols-4" aria-label="Photos of this group">
        {group.photos.map((p) => (
          <DuplicatePhotoCard key={p.id} photo={p} suggested={p.id === group.suggestedId} pending={pending} onKeep={() => keep.mutate({ keepId: p.id, ids })} />
        ))}
      </ul>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-400">
          {error}
        </p>
      )}
    </li>
  );
}

export function PhotoDuplicatesView({ initial }: { initial: PhotoDuplicateGroups }) {
  const { data = initial } = usePhotoDuplicateGroups(initial);
  if (data.groups.length === 0) {
    return (
      <p className="mt-10 text-center text-neutral-300" data-testid="duplicates-empty">
        No duplicate photos. Photos are compared once they are analysed, after ingest.
      </p>
    );
  }
  return (
    <ul className="grid gap-4" aria-label="Groups of duplicate photos">
      {data.groups.map((group, i) => (
        <Group key={group.photos.map((p) => p.id).join()} group={group} index={i} />
      ))}
    </ul>
  );
}
