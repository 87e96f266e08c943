'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { fieldErrorsOf } from '@/lib/client/api';
import { addLibrary } from '@/lib/client/libraries-api';
import { DEFAULT_EXCLUDE_GLOBS } from '@/lib/libraries/library-file-filter';
import { type LibraryOptions, LibraryOptionsFields, readLibraryOptions } from './LibraryOptionsFields';

const DEFAULT_OPTIONS: LibraryOptions = { includeGlobs: [], excludeGlobs: DEFAULT_EXCLUDE_GLOBS, scanSchedule: '0 3 * * *', watch: false };

interface Owner {
  id: string;
  name: string;
  email: string;
}

export function AddLibraryForm({ owners, defaultOwnerId }: { owners: Owner[]; defaultOwnerId: string }) {
  const router = useRouter();
  const add = useMutation({ mutationFn: addLibrary, onSuccess: () => router.refresh() });
  const fieldErrors = fieldErrorsOf(add.error);
  return (
    <form
      aria-label="Add a library"
      className="grid gap-3 rounded-lg border border-neutral-800 bg-neutral-900 p-4 sm:grid-cols-[1fr_2fr_1fr_auto] sm:items-end"
      onSubmit={(event) => {
        event.preventDefault();
        const formElement = event.currentTarget;
        const form = new FormData(formElement);
        add.mutate(
          {
            name: String(form.get('name')),
            rootPath: String(form.get('rootPath')),
            ownerId: String(form.get('ownerId')),
            ...readLibraryOptions(form),
          },
          { onSuccess: () => formElement.reset() },
        );
      }}
    >
      <label className="text-sm">
        <span className="mb-1 block text-neutral-300">Name</span>
        <input name="name" required placeholder="Family photos" className="w-full rounded-md border border-neutral-700 bg-neutral-950 px-3 py-2" />
      </label>
      <label className="text-sm">
        <span className="mb-1 block text-neutral-300">Folder on the server</span>
        <input name="rootPath" required placeholder="/srv/photos" className="w-full rounded-md border border-neutral-700 bg-neutral-950 px-3 py-2 font-mono" />
      </label>
      <label className="text-sm">
        <span className="mb-1 block text-neutral-300">Owner</span>
        <select name="ownerId" defaultValue={defaultOwnerId} className="w-full rounded-md border border-neutral-700 bg-neutral-950 px-3 py-2">
          {owners.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} ({o.email})
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={add.isPending} className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-600 disabled:opacity-60">
        {add.isPending ? 'Adding…' : 'Add library'}
      </button>
      <details className="sm:col-span-4">
        <summary className="cursor-pointer text-sm text-neutral-400">Options: include/exclude, schedule, watch</summary>
        <div className="mt-3">
          <LibraryOptionsFields defaults={DEFAULT_OPTIONS} errors={fieldErrors} />
        </div>
      </details>
      {add.error && (
        <p role="alert" className="text-sm text-red-400 sm:col-span-4">
          {fieldErrors.rootPath?.[0] ?? fieldErrors.name?.[0] ?? fieldErrors.ownerId?.[0] ?? add.error.message}
        </p>
      )}
    </form>
  );
}
