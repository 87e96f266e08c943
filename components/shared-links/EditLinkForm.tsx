'use client';
// Changes one link's options; the password can be kept, replaced or removed (a change locks
// out every browser that had unlocked the link).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { updateSharedLink } from '@/lib/client/shared-links-api';
import type { SharedLinkView } from '@/lib/shared-links/shared-links.schemas';
import { dayOf, expiryOf, type LinkOptions, LinkOptionsFields } from './LinkOptionsFields';

export function EditLinkForm({ link, onDone }: { link: SharedLinkView; onDone: () => void }) {
  const id = useId();
  const client = useQueryClient();
  const [options, setOptions] = useState<LinkOptions>({
    title: link.title ?? '',
    description: link.description ?? '',
    expiresOn: dayOf(link.expiresAt),
    showMetadata: link.showMetadata,
    allowDownload: link.allowDownload,
  });
  const [passwordMode, setPasswordMode] = useState<'keep' | 'set' | 'remove'>('keep');
  const [password, setPassword] = useState('');
  const save = useMutation({
    mutationFn: () =>
      updateSharedLink(link.id, {
        title: options.title || null,
        description: options.description || null,
        expiresAt: expiryOf(options.expiresOn),
        showMetadata: options.showMetadata,
        allowDownload: options.allowDownload,
        ...(passwordMode === 'set' ? { password } : passwordMode === 'remove' ? { password: null } : {}),
      }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['shared-links'] });
      onDone();
    },
  });
  return (
    <form
      className="mt-3 grid gap-3 border-t border-neutral-700 pt-3"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <LinkOptionsFields value={options} onChange={setOptions} />
      <fieldset className="grid gap-1 text-sm">
        <legend className="mb-1 text-neutral-300">Password</legend>
        {(['keep', 'set', 'remove'] as const).map((mode) => (
          <label key={mode} className="flex items-center gap-2">
            <input type="radio" name={`${id}-password-mode`} checked={passwordMode === mode} onChange={() => setPasswordMode(mode)} />
            {mode === 'keep' ? (link.hasPassword ? 'Keep the password' : 'No password') : mode === 'set' ? 'Set a new password' : 'Remove the password'}
          </label>
        ))}
        {passwordMode === 'set' && (
          <input
            type="password"
            aria-label="New password"
            autoComplete="new-password"
            minLength={6}
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            className="mt-1 rounded border border-neutral-600 bg-neutral-950 px-2 py-1.5"
          />
        )}
      </fieldset>
      <p role="status" className="min-h-5 text-sm text-rose-300">
        {save.isError && save.error.message}
      </p>
      <div className="flex gap-2">
        <button type="submit" disabled={save.isPending} className="rounded bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-600 disabled:opacity-50">
          Save
        </button>
        <button type="button" onClick={onDone} className="rounded bg-neutral-800 px-3 py-1.5 text-sm hover:bg-neutral-700">
          Cancel
        </button>
      </div>
    </form>
  );
}
