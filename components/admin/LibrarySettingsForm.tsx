'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { fieldErrorsOf } from '@/lib/client/api';
import { updateLibrarySettings } from '@/lib/client/libraries-api';
import type { LibraryOverview } from '@/lib/libraries/libraries.schemas';
import { LibraryOptionsFields, readLibraryOptions } from './LibraryOptionsFields';

export function LibrarySettingsForm({ library }: { library: LibraryOverview }) {
  const router = useRouter();
  const save = useMutation({
    mutationFn: (change: Parameters<typeof updateLibrarySettings>[1]) => updateLibrarySettings(library.id, change),
    onSuccess: () => router.refresh(),
  });
  const errors = fieldErrorsOf(save.error);
  return (
    <form
      className="mt-3 grid gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        save.mutate({ name: String(form.get('name')), ...readLibraryOptions(form) });
      }}
    >
      <label className="text-sm">
        <span className="mb-1 block text-neutral-300">Name</span>
        <input name="name" defaultValue={library.name} required className="w-full rounded-md border border-neutral-700 bg-neutral-950 px-3 py-2" />
      </label>
      <LibraryOptionsFields defaults={library} errors={errors} />
      <div className="flex items-center gap-3">
        <button type="submit" disabled={save.isPending} className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-600 disabled:opacity-60">
          {save.isPending ? 'Saving…' : 'Save'}
        </button>
        {save.isSuccess && <span role="status" className="text-sm text-neutral-400">Saved. The next scan uses the new settings.</span>}
        {save.error && <span role="alert" className="text-sm text-red-400">{save.error.message}</span>}
      </div>
    </form>
  );
}
