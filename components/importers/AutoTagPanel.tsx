'use client';
// Chooses what to auto-tag (all my videos, a library, a folder in it), previews the changes and
// applies them as a run whose progress is followed until it ends.
import { useMutation, useQuery } from '@tanstack/react-query';
import { Eye, Wand2 } from 'lucide-react';
import { useId, useState } from 'react';
import type { AutoTagRunView } from '@/lib/importers/importers.schemas';
import { fetchAutoTagFolders, previewAutoTag, startAutoTagRun } from '@/lib/client/auto-tag-api';
import { AutoTagPreviewTable } from './AutoTagPreviewTable';
import { AutoTagProgress } from './AutoTagProgress';

const selectClass = 'w-full rounded border border-neutral-700 bg-neutral-900 px-2 py-1.5 text-sm text-neutral-100 sm:w-64';
const buttonClass =
  'inline-flex items-center gap-1.5 rounded px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-400 disabled:opacity-60';

export function AutoTagPanel({ libraries, running }: { libraries: { id: string; name: string }[]; running: AutoTagRunView | null }) {
  const libraryField = useId();
  const folderField = useId();
  const [libraryId, setLibraryId] = useState('');
  const [folder, setFolder] = useState('');
  const [runId, setRunId] = useState<string | null>(running?.id ?? null);
  const scope = { libraryId: libraryId || undefined, folder: libraryId && folder ? folder : undefined };

  const folders = useQuery({ queryKey: ['auto-tag-folders', libraryId], queryFn: () => fetchAutoTagFolders(libraryId), enabled: libraryId !== '' });
  const preview = useMutation({ mutationFn: () => previewAutoTag(scope) });
  const start = useMutation({
    mutationFn: () => startAutoTagRun(scope),
    onSuccess: ({ runId: id }) => {
      setRunId(id);
      preview.reset();
    },
  });
  const error = preview.error ?? start.error ?? folders.error;
  const busy = preview.isPending || start.isPending;

  return (
    <section className="mt-6" aria-label="Auto-tag">
      <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-end">
        <div>
          <label htmlFor={libraryField} className="mb-1 block text-sm text-neutral-300">
            Videos
          </label>
          <select
            id={libraryField}
            className={selectClass}
            value={libraryId}
            onChange={(e) => {
              setLibraryId(e.target.value);
              setFolder('');
              preview.reset();
            }}
          >
            <option value="">All my videos</option>
            {libraries.map((l) => (
              <option key={l.id} value={l.id}>
                Library: {l.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={folderField} className="mb-1 block text-sm text-neutral-300">
            Folder
          </label>
          <select
            id={folderField}
            className={selectClass}
            value={folder}
            disabled={!libraryId || !folders.data}
            onChange={(e) => {
              setFolder(e.target.value);
              preview.reset();
            }}
          >
            <option value="">{libraryId ? 'The whole library' : 'Choose a library first'}</option>
            {folders.data?.folders.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </div>
        <div className="flex gap-2">
          <button type="button" className={`${buttonClass} bg-neutral-800 text-neutral-100 hover:bg-neutral-700`} disabled={busy} onClick={() => preview.mutate()}>
            <Eye aria-hidden size={16} />
            {preview.isPending ? 'Looking…' : 'Preview'}
          </button>
          <button type="button" className={`${buttonClass} bg-sky-700 text-white hover:bg-sky-600`} disabled={busy} onClick={() => start.mutate()}>
            <Wand2 aria-hidden size={16} />
            Apply
          </button>
        </div>
      </div>
      {error && (
        <p role="alert" className="mt-4 text-sm text-red-300">
          {error.message}
        </p>
      )}
      {runId && <AutoTagProgress key={runId} runId={runId} />}
      {preview.data && <AutoTagPreviewTable preview={preview.data} />}
    </section>
  );
}
