'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { updateMyProfile } from '@/lib/client/account-api';
import { useHydrated } from '../use-hydrated';

const input = 'w-full rounded-md border border-neutral-700 bg-neutral-950 px-3 py-2';

export function ProfileForm({ name, email }: { name: string; email: string }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const save = useMutation({ mutationFn: updateMyProfile, onSuccess: () => router.refresh() });
  return (
    <form
      className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const password = String(form.get('currentPassword') ?? '');
        save.mutate({ name: String(form.get('name')), email: String(form.get('email')), ...(password ? { currentPassword: password } : {}) });
      }}
    >
      <label className="text-sm">
        <span className="mb-1 block text-neutral-300">Name</span>
        <input name="name" required defaultValue={name} className={input} />
      </label>
      <label className="text-sm">
        <span className="mb-1 block text-neutral-300">Email</span>
        <input name="email" type="email" required defaultValue={email} className={input} />
      </label>
      <label className="text-sm sm:col-span-2">
        <span className="mb-1 block text-neutral-300">Current password (needed for a new address)</span>
        <input name="currentPassword" type="password" autoComplete="current-password" className={input} />
      </label>
      <button type="submit" disabled={save.isPending || !hydrated} className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-600 disabled:opacity-60">
        Save
      </button>
      {save.error && <p role="alert" className="text-sm text-red-400 sm:col-span-3">{save.error.message}</p>}
      {save.isSuccess && <p role="status" className="text-sm text-green-400 sm:col-span-3">Saved.</p>}
    </form>
  );
}
