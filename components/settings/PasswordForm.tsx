'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { changeMyPassword } from '@/lib/client/account-api';
import { fieldErrorsOf } from '@/lib/client/api';
import { useHydrated } from '../use-hydrated';

const input = 'w-full rounded-md border border-neutral-700 bg-neutral-950 px-3 py-2';

export function PasswordForm() {
  const router = useRouter();
  const hydrated = useHydrated();
  const change = useMutation({ mutationFn: changeMyPassword, onSuccess: () => router.refresh() });
  const fieldErrors = fieldErrorsOf(change.error);
  return (
    <form
      className="grid gap-3 sm:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        const el = event.currentTarget;
        const form = new FormData(el);
        change.mutate(
          { currentPassword: String(form.get('currentPassword')), newPassword: String(form.get('newPassword')), endOtherSessions: form.get('endOtherSessions') === 'on' },
          { onSuccess: () => el.reset() },
        );
      }}
    >
      <label className="text-sm">
        <span className="mb-1 block text-neutral-300">Current password</span>
        <input name="currentPassword" type="password" required autoComplete="current-password" className={input} />
      </label>
      <label className="text-sm">
        <span className="mb-1 block text-neutral-300">New password</span>
        <input name="newPassword" type="password" required minLength={8} autoComplete="new-password" className={input} />
      </label>
      <label className="flex items-center gap-2 text-sm sm:col-span-2">
        <input name="endOtherSessions" type="checkbox" defaultChecked /> Sign out my other sessions and revoke my API keys
      </label>
      <button type="submit" disabled={change.isPending || !hydrated} className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-600 disabled:opacity-60 sm:w-fit">
        Change password
      </button>
      {change.error && (
        <p role="alert" className="text-sm text-red-400 sm:col-span-2">
          {fieldErrors.currentPassword?.[0] ?? fieldErrors.newPassword?.[0] ?? change.error.message}
        </p>
      )}
      {change.data && (
        <p role="status" className="text-sm text-green-400 sm:col-span-2">
          Password changed{change.data.endedSessions ? `; ${change.data.endedSessions} other session(s) signed out` : ''}
          {change.data.revokedApiKeys ? `; ${change.data.revokedApiKeys} API key(s) revoked` : ''}.
        </p>
      )}
    </form>
  );
}
