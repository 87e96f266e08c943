'use client';
import { signOut } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

// redirect: false — next-auth would otherwise redirect to its configured base URL, which may
// not be the address this browser used.
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
        await signOut({ redirect: false });
        router.replace('/login');
        router.refresh();
      }}
    >
      Log out
    </button>
  );
}
