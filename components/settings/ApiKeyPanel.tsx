'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { createMyApiKey, deleteMyApiKey } from '@/lib/client/account-api';
import type { ApiKeyScope } from '@/lib/server/generated/prisma/enums';

export interface ApiKeyRow {
  id: string;
  name: string;
  prefix: string;
  scope: ApiKeyScope;
  lastUsedAt: string | null;
  createdAt: string;
  revokedAt: string | null;
}

// The secret is in the create response only: shown once here, never again.
export function ApiKeyPanel({ keys }: { keys: ApiKeyRow[] }) {
  const router = useRouter();
  const create = useMutation({ mutationFn: createMyApiKey, onSuccess: () => router.refresh() });
  const revoke = useMutation({ mutationFn: deleteMyApiKey, onSuccess: () => router.refresh() });
  return (
    <div className="grid gap-3">
      <p className="text-sm text-neutral-400">
        Keys are created and deleted here only, from a signed-in browser. A password reset, disabling your account or changing your
        password with “Sign out my other sessions” revokes every key.
      </p>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          create.mutate({ name: String(form.get('name')), scope: form.get('scope') === 'read_write' ? 'read_write' : 'read' });
        }}
      >
        <label className="text-sm">
          <span className="mb-1 block text-neutral-300">Key name</span>
          <input name="name" required className="rounded-md border border-neutral-700 bg-neutral-950 px-3 py-2" />
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-neutral-300">Access</span>
          <select name="scope" className="rounded-md border border-neutral-700 bg-neutral-950 px-3 py-2">
            <option value="read">Read only</option>
            <option value="read_write">Read and write</option>
          </select>
        </label>
        <button type="submit" className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-600">
          Create key
        </button>
      </form>
      {create.data && (
        <p role="status" className="rounded border border-amber-700 bg-amber-950 p-3 text-sm">
          Copy this key now, it will not be shown again: <code data-testid="api-key-secret" className="break-all">{create.data.secret}</code>
        </p>
      )}
      <ul className="divide-y divide-neutral-800 rounded-lg border border-neutral-800">
        {keys.map((k) => (
          <li key={k.id} className="flex items-center gap-3 p-3 text-sm">
            <div className="flex-1">
              {k.name} <code className="text-neutral-400">{k.prefix}…</code> · {k.scope === 'read' ? 'read only' : 'read and write'}
              <div className="text-neutral-400">
                {k.revokedAt && <strong className="text-red-300">revoked {new Date(k.revokedAt).toLocaleString()} · </strong>}
                {k.lastUsedAt ? `last used ${new Date(k.lastUsedAt).toLocaleString()}` : 'never used'}
              </div>
            </div>
            <button type="button" onClick={() => revoke.mutate(k.id)} className="rounded px-3 py-1 text-red-300 hover:bg-neutral-800">
              {k.revokedAt ? 'Remove' : 'Revoke'}
            </button>
          </li>
        ))}
        {keys.length === 0 && <li className="p-3 text-sm text-neutral-400">No API keys.</li>}
      </ul>
    </div>
  );
}
