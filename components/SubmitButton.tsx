'use client';
import type { ReactNode } from 'react';
import { useHydrated } from './use-hydrated';

// Disabled until React has hydrated: a click before that would submit the form natively (a
// GET carrying the email and password in the URL) instead of calling our API.
export function SubmitButton({ busy, children }: { busy: boolean; children: ReactNode }) {
  const hydrated = useHydrated();
  return (
    <button
      type="submit"
      disabled={busy || !hydrated}
      className="w-full rounded-md bg-(--shoebox-accent) px-4 py-2 font-medium text-(color:--shoebox-accent-text) hover:brightness-110 disabled:opacity-60"
    >
      {children}
    </button>
  );
}
