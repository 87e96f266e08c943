'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { apiFetch } from '@/lib/client/api';
import { refreshLoginBackdrop } from '@/lib/client/login-backdrop';

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
        await refreshLoginBackdrop(true); // a new picture for the login page we are going to
        await apiFetch('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
        router.replace('/login');
        router.refresh();
      }}
    >
      Log out
    </button>
  );
}
