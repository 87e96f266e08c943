'use client';
// Merge others of the same kind into this one: pick them by name, confirm; their videos,
// links, names and aliases come here and they are gone.
import { useMutation } from '@tanstack/react-query';
import { X } from 'lucide-react';
import { useState } from 'react';
import { primaryButton } from '@/components/video-player/Section';
import { mergeEntitiesRequest } from '@/lib/client/organise-api';
import type { EntityDetails, EntityKind, EntityRef } from '@/lib/organise/organise.schemas';
import { EntityPicker } from './EntityPicker';
import { SEGMENT_OF, WORDS } from './entity-words';

export function EntityMergeForm({ kind, entity, onDone }: { kind: EntityKind; entity: EntityDetails; onDone: (e: EntityDetails) => void }) {
  const [sources, setSources] = useState<EntityRef[]>([]);
  const words = WORDS[kind];
  const merge = useMutation({ mutationFn: () => mergeEntitiesRequest(SEGMENT_OF[kind], entity.id, sources.map((s) => s.id)), onSuccess: onDone });
  return (
    <div className="grid max-w-2xl gap-2 rounded-lg border border-neutral-800 bg-neutral-900/60 p-3 text-sm" role="group" aria-label="Merge">
      <p className="text-neutral-200">
        Merge other {words.many} into “{entity.name}”: their videos and links move here, their names become aliases, and they are deleted.
      </p>
      <ul className="flex flex-wrap gap-1.5">
        {sources.map((s) => (
          <li key={s.id} className="flex items-center gap-1 rounded-full bg-neutral-800 py-0.5 pr-1 pl-2.5">
            {s.name}
            <button type="button" className="rounded-full p-0.5 hover:bg-white/10" aria-label={`Do not merge ${s.name}`} onClick={() => setSources((l) => l.filter((x) => x.id !== s.id))}>
              <X aria-hidden size={14} />
            </button>
          </li>
        ))}
      </ul>
      <EntityPicker segment={SEGMENT_OF[kind]} label={`Find ${words.many} to merge`} exclude={[entity.id, ...sources.map((s) => s.id)]} onPick={(ref) => setSources((l) => [...l, ref])} />
      {merge.error && <p role="alert" className="text-red-400">{merge.error.message}</p>}
      <div>
        <button type="button" className={primaryButton} disabled={sources.length === 0 || merge.isPending} onClick={() => merge.mutate()}>
          Merge {sources.length || ''} into “{entity.name}”
        </button>
      </div>
    </div>
  );
}
