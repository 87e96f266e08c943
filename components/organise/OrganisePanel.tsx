'use client';
// The video page's Organise panel: performers (chips with their image), studio, tags (its own
// as removable chips; inherited ones from its performers shown apart, not removable; the
// cast-size tag shown as derived), release date and the organised switch. Type-aheads search
// the owner's performers, studios and tags and offer "Create ‘X’" (sent as a name: the API
// links an existing name or alias, else creates it). A member of a shared library sees it read-only.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { X } from 'lucide-react';
import Link from 'next/link';
import { useId, useState } from 'react';
import { fieldClass } from '@/components/video-player/Section';
import { Section } from '@/components/video-player/Section';
import { patchVideoOrganise } from '@/lib/client/organise-api';
import type { VideoOrganise } from '@/lib/organise/organise.schemas';
import { EntityInitial } from './EntityCardTile';
import { EntityPicker } from './EntityPicker';

const CAST_LABEL = { solo: 'Solo', duo: 'Duo', group: 'Group' } as const;

function Chip({ href, name, onRemove, children, muted }: { href: string; name: string; onRemove?: () => void; children?: React.ReactNode; muted?: boolean }) {
  return (
    <li className={`flex max-w-full items-center gap-1 rounded-full py-0.5 pr-1 pl-1 text-sm ${muted ? 'border border-dashed border-neutral-600 text-neutral-300' : 'bg-neutral-800 text-neutral-100'}`}>
      {children}
      <Link href={href} className="truncate px-1.5 hover:underline">
        {name}
      </Link>
      {onRemove && (
        <button type="button" className="rounded-full p-0.5 hover:bg-white/10" aria-label={`Remove ${name}`} onClick={onRemove}>
          <X aria-hidden size={14} />
        </button>
      )}
    </li>
  );
}

export function OrganisePanel({ assetId, initial }: { assetId: string; initial: VideoOrganise }) {
  const [data, setData] = useState(initial);
  const queryClient = useQueryClient();
  const ids = { date: useId(), organised: useId() };
  const change = useMutation({
    mutationFn: (body: Record<string, unknown>) => patchVideoOrganise(assetId, body),
    onSuccess: (next) => {
      setData(next);
      void queryClient.invalidateQueries({ queryKey: ['organise-search'] });
    },
  });
  const edit = data.editable;
  const heading = (text: string) => <h3 className="mb-1 text-xs font-medium tracking-wide text-neutral-400 uppercase">{text}</h3>;
  return (
    <Section title="Organise" testId="organise-panel">
      <div className="grid gap-3">
        <div>
          {heading('Performers')}
          <ul className="mb-1.5 flex flex-wrap gap-1.5" aria-label="Performers">
            {data.performers.map((p) => (
              <Chip key={p.id} href={`/performers/${p.id}`} name={p.name} onRemove={edit ? () => change.mutate({ removePerformerIds: [p.id] }) : undefined}>
                {p.imageUrl ? (
                  // eslint-disable-next-line @next/next/no-img-element -- served by our API
                  <img src={p.imageUrl} alt="" className="size-6 rounded-full object-cover" />
                ) : (
                  <EntityInitial name={p.name} className="size-6 rounded-full text-xs" />
                )}
              </Chip>
            ))}
            {data.performers.length === 0 && <li className="text-sm text-neutral-400">None yet</li>}
          </ul>
          {edit && (
            <EntityPicker
              segment="performers"
              label="Add a performer"
              exclude={data.performers.map((p) => p.id)}
              onPick={(ref) => change.mutate({ addPerformerIds: [ref.id] })}
              onCreate={(name) => change.mutate({ addPerformerNames: [name] })}
              disabled={change.isPending}
            />
          )}
        </div>
        <div>
          {heading('Studio')}
          {data.studio ? (
            <ul className="mb-1.5 flex flex-wrap gap-1.5">
              <Chip href={`/studios/${data.studio.id}`} name={data.studio.parent ? `${data.studio.name} (${data.studio.parent.name})` : data.studio.name} onRemove={edit ? () => change.mutate({ studioId: null }) : undefined} />
            </ul>
          ) : (
            !edit && <p className="text-sm text-neutral-400">None</p>
          )}
          {edit && (
            <EntityPicker
              segment="studios"
              label={data.studio ? 'Change the studio' : 'Set the studio'}
              exclude={data.studio ? [data.studio.id] : []}
              onPick={(ref) => change.mutate({ studioId: ref.id })}
              onCreate={(name) => change.mutate({ studioName: name })}
              disabled={change.isPending}
            />
          )}
        </div>
        <div>
          {heading('Tags')}
          <ul className="mb-1.5 flex flex-wrap gap-1.5" aria-label="Tags">
            {data.tags.map((t) => (
              <Chip key={t.id} href={`/tags/${t.id}`} name={t.name} onRemove={edit ? () => change.mutate({ removeTagIds: [t.id] }) : undefined} />
            ))}
            {data.inheritedTags.map((t) => (
              <li key={t.id} className="flex items-center rounded-full border border-dashed border-neutral-600 px-2.5 py-0.5 text-sm text-neutral-300" title={`From ${t.from.join(', ')}`}>
                <Link href={`/tags/${t.id}`} className="hover:underline">
                  {t.name}
                </Link>
                <span className="sr-only">, inherited from {t.from.join(', ')}</span>
              </li>
            ))}
            {data.castTag && (
              <li className="rounded-full border border-dashed border-sky-700 px-2.5 py-0.5 text-sm text-sky-300" data-testid="cast-tag">
                {CAST_LABEL[data.castTag]}
                <span className="sr-only"> (from the number of performers)</span>
              </li>
            )}
            {data.tags.length + data.inheritedTags.length === 0 && !data.castTag && <li className="text-sm text-neutral-400">None yet</li>}
          </ul>
          {data.inheritedTags.length > 0 && <p className="mb-1.5 text-xs text-neutral-400">Dashed tags come from the performers.</p>}
          {edit && (
            <EntityPicker
              segment="tags"
              label="Add a tag"
              exclude={data.tags.map((t) => t.id)}
              onPick={(ref) => change.mutate({ addTagIds: [ref.id] })}
              onCreate={(name) => change.mutate({ addTagNames: [name] })}
              disabled={change.isPending}
            />
          )}
        </div>
        <div className="flex flex-wrap items-end gap-4">
          <label htmlFor={ids.date} className="grid gap-1 text-sm text-neutral-300">
            Release date
            <input
              id={ids.date}
              type="date"
              className={fieldClass}
              value={data.releaseDate ?? ''}
              readOnly={!edit}
              disabled={!edit}
              onChange={(e) => change.mutate({ releaseDate: e.target.value === '' ? null : e.target.value })}
            />
          </label>
          <label htmlFor={ids.organised} className="flex items-center gap-2 pb-1.5 text-sm text-neutral-200">
            <input id={ids.organised} type="checkbox" role="switch" className="size-4 accent-sky-600" checked={data.organised} disabled={!edit} onChange={(e) => change.mutate({ organised: e.target.checked })} />
            Organised
          </label>
        </div>
        {!edit && <p className="text-xs text-neutral-400">Only the owner of this video can change these.</p>}
        {change.error && (
          <p role="alert" className="text-sm text-red-400">
            {change.error.message}
          </p>
        )}
      </div>
    </Section>
  );
}
