'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { logOut } from '@/lib/client/auth-api';
import { refreshLoginBackdrop } from '@/lib/client/login-backdrop';

// The server revokes the session row, so a copy of the cookie is useless afterwards. Whatever
// the answer (an ended session is a 401), the browser goes to the login page.
export function LogoutButton() {
  const router = useRouter();
  const logout = useMutation({
    mutationFn: async () => {
      await refreshLoginBackdrop(true); // a new picture for the login page we are going to
      await logOut();
    },
    onSettled: () => {
      router.replace('/login');
      router.refresh();
    },
  });
  return (
    <button
      type="button"
      disabled={logout.isPending || logout.isSuccess}
      className="rounded px-3 py-1.5 text-sm text-neutral-300 hover:bg-neutral-800 hover:text-white"
      onClick={() => logout.mutate()}
    >
      Log out
    </button>
  );
}
