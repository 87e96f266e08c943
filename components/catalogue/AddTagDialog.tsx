'use client';
// "Add tag" from a card's menu: a modal (the native <dialog>: focus stays inside, Esc closes)
// with a tag type-ahead; choosing one links it to this video (POST /api/videos/organise with
// this one id) and says so, or says why not (only the video's owner may tag it).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { X } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { organiseVideos } from '@/lib/client/catalogue-api';
import type { CatalogueCard, EntitySummary } from '@/lib/client/catalogue-contract';
import { EntityCombo } from '@/components/search/EntityCombo';

export function AddTagDialog({ video, onClose }: { video: CatalogueCard; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const client = useQueryClient();
  const add = useMutation({
    mutationFn: (tag: EntitySummary) => organiseVideos({ ids: [video.id], addTagIds: [tag.id] }).then(() => tag),
    onSuccess: () => client.invalidateQueries({ queryKey: ['videos'] }),
  });
  useEffect(() => {
    const d = dialog.current;
    d?.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="add-tag-title"
      className="m-auto w-[min(24rem,calc(100vw-2rem))] rounded-lg border border-neutral-700 bg-neutral-900 p-4 text-neutral-100 backdrop:bg-black/60"
      data-testid="add-tag-dialog"
    >
      <div className="mb-3 flex items-center gap-2">
        <h2 id="add-tag-title" className="min-w-0 flex-1 truncate font-semibold">
          Add a tag to {video.title}
        </h2>
        <button type="button" aria-label="Close" onClick={() => dialog.current?.close()} className="rounded p-1 hover:bg-neutral-800">
          <X aria-hidden size={16} />
        </button>
      </div>
      <EntityCombo kind="tags" label="Tag" placeholder="Type a tag’s name…" autoFocus onPick={(tag) => add.mutate(tag)} />
      <p role="status" className="mt-2 min-h-5 text-sm">
        {add.isPending && <span className="text-neutral-300">Adding…</span>}
        {add.isSuccess && <span className="text-emerald-300">Tagged “{add.data.name}”.</span>}
        {add.isError && <span className="text-rose-300">{add.error.message}</span>}
      </p>
    </dialog>
  );
}
