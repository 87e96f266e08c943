'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { deleteUser, makeResetLink, updateUser } from '@/lib/client/admin-api';
import type { Role } from '@/lib/server/generated/prisma/enums';

export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  disabledAt: string | null;
  /** Mail off: when this person last asked for a password reset (an admin hands over the link). */
  resetRequestedAt: string | null;
}

export function UserTable({ users, meId }: { users: UserRow[]; meId: string }) {
  const router = useRouter();
  const [link, setLink] = useState<string | null>(null);
  const update = useMutation({
    mutationFn: ({ id, change }: { id: string; change: Parameters<typeof updateUser>[1] }) => updateUser(id, change),
    onSuccess: () => router.refresh(),
  });
  const remove = useMutation({ mutationFn: deleteUser, onSuccess: () => router.refresh() });
  const resetLink = useMutation({
    mutationFn: makeResetLink,
    onSuccess: ({ url }) => {
      setLink(url);
      router.refresh();
    },
  });
  // The alert is about the action taken last (a later success clears it).
  const latest = [update, remove, resetLink].reduce((a, b) => (b.submittedAt > a.submittedAt ? b : a));
  const button = 'rounded px-2 py-1 text-sm hover:bg-neutral-800';
  const resetRequests = users.filter((u) => u.resetRequestedAt);
  return (
    <div className="grid gap-3">
      {latest.error && <p role="alert" className="text-sm text-red-400">{latest.error.message}</p>}
      {resetRequests.length > 0 && (
        <section aria-label="Password reset requests" className="rounded border border-amber-700 bg-amber-950 p-3 text-sm">
          <h2 className="mb-1 font-medium">Password reset requests</h2>
          <p className="mb-2 text-neutral-300">Mail is off: make a reset link and hand it to the person yourself.</p>
          <ul className="grid gap-1">
            {resetRequests.map((u) => (
              <li key={u.id} data-testid="reset-request" className="flex flex-wrap items-center gap-2">
                <span className="flex-1">
                  {u.email} <span className="text-neutral-400">asked {new Date(u.resetRequestedAt!).toLocaleString()}</span>
                </span>
                <button type="button" className={button} onClick={() => resetLink.mutate(u.id)}>
                  Make reset link for {u.email}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {link && (
        <p role="status" className="rounded border border-neutral-700 p-3 text-sm">
          Reset link (valid one hour, shown only now): <code className="break-all">{link}</code>{' '}
          <button type="button" className={button} onClick={() => void navigator.clipboard?.writeText(link)}>
            Copy
          </button>
        </p>
      )}
      <ul className="divide-y divide-neutral-800 rounded-lg border border-neutral-800">
        {users.map((u) => (
          <li key={u.id} data-testid="user-row" className="flex flex-wrap items-center gap-2 p-3 text-sm">
            <div className="flex-1">
              {u.name} <span className="text-neutral-400">{u.email}</span>
              {u.disabledAt && <span className="ml-2 rounded bg-red-950 px-1.5 text-xs text-red-300">disabled</span>}
            </div>
            <select
              aria-label={`Role of ${u.email}`}
              value={u.role}
              disabled={u.id === meId}
              onChange={(e) => update.mutate({ id: u.id, change: { role: e.target.value === 'admin' ? 'admin' : 'user' } })}
              className="rounded border border-neutral-700 bg-neutral-950 px-2 py-1"
            >
              <option value="user">User</option>
              <option value="admin">Administrator</option>
            </select>
            {u.id !== meId && (
              <>
                <button type="button" className={button} onClick={() => update.mutate({ id: u.id, change: { disabled: !u.disabledAt } })}>
                  {u.disabledAt ? 'Enable' : 'Disable'}
                </button>
                <button type="button" className={button} onClick={() => resetLink.mutate(u.id)}>
                  Reset link
                </button>
                <button
                  type="button"
                  className={`${button} text-red-300`}
                  onClick={() => confirm(`Delete ${u.email} and their libraries from Shoebox? Original files are kept.`) && remove.mutate(u.id)}
                >
                  Delete
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
