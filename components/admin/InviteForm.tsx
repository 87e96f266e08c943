'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { createInvitation } from '@/lib/client/admin-api';
import { useHydrated } from '../use-hydrated';

// The link is always shown to copy: it is the only way to deliver it when mail is off.
export function InviteForm({ mailEnabled }: { mailEnabled: boolean }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const create = useMutation({ mutationFn: createInvitation, onSuccess: () => router.refresh() });
  return (
    <div className="grid gap-3">
      <form
        className="grid gap-3 rounded-lg border border-neutral-800 bg-neutral-900 p-4 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          create.mutate({ email: String(form.get('email') ?? ''), role: form.get('role') === 'admin' ? 'admin' : 'user', expiresInDays: Number(form.get('expiresInDays')) });
        }}
      >
        <label className="text-sm">
          <span className="mb-1 block text-neutral-300">Email (optional)</span>
          <input name="email" type="email" placeholder="someone@example.org" className="w-full rounded-md border border-neutral-700 bg-neutral-950 px-3 py-2" />
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-neutral-300">Role</span>
          <select name="role" className="w-full rounded-md border border-neutral-700 bg-neutral-950 px-3 py-2">
            <option value="user">User</option>
            <option value="admin">Administrator</option>
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-neutral-300">Valid for (days)</span>
          <input name="expiresInDays" type="number" min={1} max={90} defaultValue={7} className="w-full rounded-md border border-neutral-700 bg-neutral-950 px-3 py-2" />
        </label>
        <button type="submit" disabled={create.isPending || !hydrated} className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-600 disabled:opacity-60">
          Create invite
        </button>
      </form>
      {!mailEnabled && <p className="text-sm text-amber-300">Mail is off (no SMTP configured): copy the link and send it yourself.</p>}
      {create.error && <p role="alert" className="text-sm text-red-400">{create.error.message}</p>}
      {create.data && (
        <p role="status" className="rounded border border-neutral-700 p-3 text-sm">
          {create.data.mailed ? 'Invitation emailed. ' : ''}Invite link:{' '}
          <code data-testid="invite-link" className="break-all">{create.data.url}</code>
        </p>
      )}
    </div>
  );
}
