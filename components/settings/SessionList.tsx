'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { endMySession } from '@/lib/client/account-api';

export interface SessionRow {
  id: string;
  kind: string;
  userAgent: string | null;
  /** The user agent as people say it: "Chrome on Linux". */
  device: string;
  ip: string | null;
  lastSeenAt: string;
  current: boolean;
}

export function SessionList({ sessions }: { sessions: SessionRow[] }) {
  const router = useRouter();
  const revoke = useMutation({ mutationFn: endMySession, onSuccess: () => router.refresh() });
  return (
    <ul className="divide-y divide-neutral-800 rounded-lg border border-neutral-800">
      {sessions.map((s) => (
        <li key={s.id} data-testid="session" className="flex items-center gap-3 p-3 text-sm">
          <div className="min-w-0 flex-1">
            <div title={s.userAgent ?? undefined}>
              {s.kind === 'token' ? `App / API client${s.userAgent ? ` (${s.device})` : ''}` : s.device}
              {s.current && <span className="ml-2 rounded bg-sky-900 px-1.5 text-xs">this browser</span>}
            </div>
            <div className="break-words text-neutral-400">
              {s.ip ?? 'unknown address'} · last seen {new Date(s.lastSeenAt).toLocaleString()}
            </div>
          </div>
          {!s.current && (
            <button type="button" onClick={() => revoke.mutate(s.id)} className="rounded px-3 py-1 text-red-300 hover:bg-neutral-800">
              Sign out
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
