'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { revokeInvitation } from '@/lib/client/admin-api';

interface PendingInvite {
  id: string;
  email: string | null;
  role: string;
  expiresAt: string;
}

// Pending invitations, each revocable: a link sent to the wrong address can be taken back.
export function PendingInviteList({ invites }: { invites: PendingInvite[] }) {
  const router = useRouter();
  const revoke = useMutation({ mutationFn: revokeInvitation, onSuccess: () => router.refresh() });
  if (invites.length === 0) return null;
  return (
    <ul className="mt-4 grid gap-1 text-sm text-neutral-400">
      {invites.map((i) => (
        <li key={i.id} data-testid="pending-invite" className="flex items-center gap-3">
          <span>
            {i.email ?? 'anyone with the link'} · {i.role} · until {new Date(i.expiresAt).toUTCString()}
          </span>
          <button
            type="button"
            onClick={() => revoke.mutate(i.id)}
            disabled={revoke.isPending}
            className="rounded border border-neutral-700 px-2 py-0.5 text-xs hover:bg-neutral-800 disabled:opacity-50"
          >
            Revoke
          </button>
        </li>
      ))}
      {revoke.error && <li role="alert" className="text-red-400">{revoke.error.message}</li>}
    </ul>
  );
}
