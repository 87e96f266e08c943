'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { apiFetch } from '@/lib/client/api';

// The server revokes the session row, so a copy of the cookie is useless afterwards.
export function LogoutButton() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      className="rounded px-3 py-1.5 text-sm text-neutral-300 hover:bg-neutral-800 hover:text-white"
      onClick={async () => {
        setBusy(true);
        await apiFetch('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
        router.replace('/login');
        router.refresh();
      }}
    >
      Log out
    </button>
  );
}
