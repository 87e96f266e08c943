'use client';
// The password form of a protected shared link: the password goes in a POST body (never the
// address); the answer sets an HttpOnly cookie for this link, and the page renders again.
import { useMutation } from '@tanstack/react-query';
import { Lock } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { unlockLink } from '@/lib/client/shared-links-api';

export function UnlockForm({ token }: { token: string }) {
  const router = useRouter();
  const id = useId();
  const [password, setPassword] = useState('');
  const unlock = useMutation({ mutationFn: () => unlockLink(token, password), onSuccess: () => router.refresh() });
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <form
        className="grid w-full max-w-sm gap-3 rounded-lg border border-neutral-700 bg-neutral-900 p-5"
        onSubmit={(e) => {
          e.preventDefault();
          unlock.mutate();
        }}
        data-testid="unlock-form"
      >
        <h1 className="flex items-center gap-2 text-lg font-semibold">
          <Lock aria-hidden size={18} />
          Password needed
        </h1>
        <p className="text-sm text-neutral-300">This shared link is protected by a password. Ask the person who sent it.</p>
        <label className="grid gap-1 text-sm" htmlFor={`${id}-password`}>
          <span className="text-neutral-300">Password</span>
          <input
            id={`${id}-password`}
            type="password"
            required
            autoFocus
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            className="rounded border border-neutral-600 bg-neutral-950 px-2 py-1.5"
          />
        </label>
        <p role="alert" className="min-h-5 text-sm text-rose-300">
          {unlock.isError && unlock.error.message}
        </p>
        <button type="submit" disabled={unlock.isPending || unlock.isSuccess} className="rounded bg-sky-700 px-3 py-1.5 font-medium text-white hover:bg-sky-600 disabled:opacity-50">
          {unlock.isPending || unlock.isSuccess ? 'Opening…' : 'Open'}
        </button>
      </form>
    </main>
  );
}
