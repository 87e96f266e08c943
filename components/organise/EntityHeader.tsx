'use client';
// The head of a performer, studio or tag page: image, name, aliases, description, counts and
// its links (parent studio / parent and child tags / a performer's tags). Its owner also gets
// Edit, Image, Merge and Delete; a member of a shared library sees it read-only.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ImagePlus, Merge, Pencil, Star, Trash2 } from 'lucide-react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { quietButton } from '@/components/video-player/Section';
import { deleteEntityRequest } from '@/lib/client/organise-api';
import type { EntityDetails, EntityKind } from '@/lib/organise/organise.schemas';
import { EntityInitial } from './EntityCardTile';
import { EntityEditForm } from './EntityEditForm';
import { EntityImageForm } from './EntityImageForm';
import { EntityMergeForm } from './EntityMergeForm';
import { formatTotalDuration, SEGMENT_OF, WORDS } from './entity-words';

type Tool = 'edit' | 'image' | 'merge' | 'delete' | null;

function Links({ label, kind, refs }: { label: string; kind: EntityKind; refs: { id: string; name: string }[] }) {
  if (refs.length === 0) return null;
  return (
    <p className="text-sm text-neutral-300">
      {label}:{' '}
      {refs.map((r, i) => (
        <span key={r.id}>
          {i > 0 && ', '}
          <Link className="text-sky-400 underline-offset-2 hover:underline" href={`/${SEGMENT_OF[kind]}/${r.id}`}>
            {r.name}
          </Link>
        </span>
      ))}
    </p>
  );
}

export function EntityHeader({ kind, initial }: { kind: EntityKind; initial: EntityDetails }) {
  const [entity, setEntity] = useState(initial);
  const [tool, setTool] = useState<Tool>(null);
  const router = useRouter();
  const queryClient = useQueryClient();
  const words = WORDS[kind];
  const remove = useMutation({
    mutationFn: () => deleteEntityRequest(SEGMENT_OF[kind], entity.id),
    onSuccess: () => router.push(`/${SEGMENT_OF[kind]}`),
  });
  const updated = (next: EntityDetails) => {
    setEntity(next);
    setTool(null);
    void queryClient.invalidateQueries({ queryKey: ['entity-videos', kind, entity.id] });
  };
  const toolButton = (name: Exclude<Tool, null>, label: string, Icon: typeof Pencil) => (
    <button type="button" className={`${quietButton} flex items-center gap-1.5 border border-neutral-700`} aria-expanded={tool === name} onClick={() => setTool((t) => (t === name ? null : name))}>
      <Icon aria-hidden size={16} /> {label}
    </button>
  );
  return (
    <section className="grid gap-4" aria-label={`${words.one} ${entity.name}`}>
      <div className="flex flex-col gap-4 sm:flex-row">
        <div className="size-40 shrink-0 overflow-hidden rounded-lg sm:size-48">
          {entity.imageUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- served by our API with its own cache headers
            <img src={entity.imageUrl} alt={`Image of ${entity.name}`} className="h-full w-full object-cover" data-testid="entity-image" />
          ) : (
            <EntityInitial name={entity.name} className="h-full w-full text-6xl" />
          )}
        </div>
        <div className="grid min-w-0 content-start gap-1.5">
          <p className="text-xs tracking-wide text-neutral-400 uppercase">{words.one}</p>
          <h1 className="text-2xl font-semibold break-words" data-testid="entity-name">
            {entity.name}
          </h1>
          {entity.aliases.length > 0 && <p className="text-sm text-neutral-300">Also known as {entity.aliases.join(', ')}</p>}
          <p className="flex flex-wrap items-center gap-x-3 text-sm text-neutral-200">
            <span>{entity.videoCount === 1 ? '1 video' : `${entity.videoCount} videos`}</span>
            {entity.totalDurationMs > 0 && <span>{formatTotalDuration(entity.totalDurationMs)} in all</span>}
            {entity.averageRating !== null && (
              <span className="flex items-center gap-1">
                <Star aria-hidden size={14} className="fill-amber-400 text-amber-400" /> your average {entity.averageRating.toFixed(1)}
              </span>
            )}
          </p>
          {entity.parent && <Links label="Part of" kind={kind} refs={[entity.parent]} />}
          <Links label="Parent tags" kind={kind} refs={entity.parents} />
          <Links label={kind === 'tag' ? 'Sub-tags' : 'Sub-studios'} kind={kind} refs={entity.children} />
          <Links label="Tags" kind="tag" refs={entity.tags} />
          {entity.description && <p className="max-w-prose text-sm whitespace-pre-line text-neutral-200">{entity.description}</p>}
          {entity.mine && (
            <div className="mt-2 flex flex-wrap gap-2">
              {toolButton('edit', 'Edit', Pencil)}
              {toolButton('image', 'Image', ImagePlus)}
              {toolButton('merge', 'Merge', Merge)}
              {toolButton('delete', 'Delete', Trash2)}
            </div>
          )}
        </div>
      </div>
      {tool === 'edit' && <EntityEditForm kind={kind} entity={entity} onDone={updated} onCancel={() => setTool(null)} />}
      {tool === 'image' && <EntityImageForm kind={kind} entity={entity} onDone={(imageUrl) => updated({ ...entity, imageUrl })} />}
      {tool === 'merge' && <EntityMergeForm kind={kind} entity={entity} onDone={updated} />}
      {tool === 'delete' && (
        <div role="alertdialog" aria-label={`Delete ${entity.name}?`} className="rounded-lg border border-red-900 bg-red-950/40 p-3 text-sm">
          <p>
            Delete {words.one} “{entity.name}”? Its links to videos go; the videos stay.
          </p>
          <div className="mt-2 flex gap-2">
            <button type="button" className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-600" onClick={() => remove.mutate()} disabled={remove.isPending}>
              Delete
            </button>
            <button type="button" className={quietButton} onClick={() => setTool(null)} autoFocus>
              Cancel
            </button>
          </div>
          {remove.error && <p role="alert" className="mt-2 text-red-400">{remove.error.message}</p>}
        </div>
      )}
    </section>
  );
}
