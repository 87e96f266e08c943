'use client';
// Edit a performer, studio or tag: name, aliases (one a line), description, and its links —
// a studio's parent, a tag's parents, a performer's tags — picked by name.
import { useMutation } from '@tanstack/react-query';
import { X } from 'lucide-react';
import { useId, useState } from 'react';
import { fieldClass, primaryButton, quietButton } from '@/components/video-player/Section';
import { fieldErrorsOf } from '@/lib/client/api';
import { updateEntityRequest } from '@/lib/client/organise-api';
import type { EntityDetails, EntityKind, EntityRef } from '@/lib/organise/organise.schemas';
import { EntityPicker } from './EntityPicker';
import { SEGMENT_OF } from './entity-words';

export function EntityEditForm({ kind, entity, onDone, onCancel }: { kind: EntityKind; entity: EntityDetails; onDone: (e: EntityDetails) => void; onCancel: () => void }) {
  const ids = { name: useId(), aliases: useId(), description: useId() };
  const [name, setName] = useState(entity.name);
  const [aliases, setAliases] = useState(entity.aliases.join('\n'));
  const [description, setDescription] = useState(entity.description ?? '');
  const initialLinks = kind === 'studio' ? (entity.parent ? [entity.parent] : []) : kind === 'tag' ? entity.parents : entity.tags;
  const [links, setLinks] = useState<EntityRef[]>(initialLinks);
  const linkLabel = kind === 'studio' ? 'Parent studio' : kind === 'tag' ? 'Parent tags' : 'Tags';
  const save = useMutation({
    mutationFn: () =>
      updateEntityRequest(SEGMENT_OF[kind], entity.id, {
        name,
        aliases: aliases.split('\n'),
        description: description.trim() === '' ? null : description,
        ...(kind === 'studio' ? { parentId: links[0]?.id ?? null } : kind === 'tag' ? { parentIds: links.map((l) => l.id) } : { tagIds: links.map((l) => l.id) }),
      }),
    onSuccess: onDone,
  });
  const errors = fieldErrorsOf(save.error);
  return (
    <form
      className="grid max-w-2xl gap-3 rounded-lg border border-neutral-800 bg-neutral-900/60 p-3"
      aria-label="Edit"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <label htmlFor={ids.name} className="grid gap-1 text-sm text-neutral-300">
        Name
        <input id={ids.name} className={fieldClass} value={name} onChange={(e) => setName(e.target.value)} maxLength={200} required />
      </label>
      <label htmlFor={ids.aliases} className="grid gap-1 text-sm text-neutral-300">
        Aliases (one a line)
        <textarea id={ids.aliases} className={fieldClass} rows={3} value={aliases} onChange={(e) => setAliases(e.target.value)} />
      </label>
      <label htmlFor={ids.description} className="grid gap-1 text-sm text-neutral-300">
        Description
        <textarea id={ids.description} className={fieldClass} rows={3} value={description} onChange={(e) => setDescription(e.target.value)} maxLength={10_000} />
      </label>
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm text-neutral-300">{linkLabel}</legend>
        <ul className="flex flex-wrap gap-1.5">
          {links.map((l) => (
            <li key={l.id} className="flex items-center gap-1 rounded-full bg-neutral-800 py-0.5 pr-1 pl-2.5 text-sm">
              {l.name}
              <button type="button" className="rounded-full p-0.5 hover:bg-white/10" aria-label={`Remove ${l.name}`} onClick={() => setLinks((ls) => ls.filter((x) => x.id !== l.id))}>
                <X aria-hidden size={14} />
              </button>
            </li>
          ))}
        </ul>
        <EntityPicker
          segment={kind === 'person' ? 'tags' : SEGMENT_OF[kind]}
          label={`Add ${linkLabel.toLowerCase()}`}
          exclude={[entity.id, ...links.map((l) => l.id)]}
          onPick={(ref) => setLinks((ls) => (kind === 'studio' ? [ref] : [...ls, ref]))}
        />
      </fieldset>
      {save.error && (
        <p role="alert" className="text-sm text-red-400">
          {Object.values(errors).flat()[0] ?? save.error.message}
        </p>
      )}
      <div className="flex gap-2">
        <button type="submit" className={primaryButton} disabled={save.isPending}>
          Save
        </button>
        <button type="button" className={quietButton} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
