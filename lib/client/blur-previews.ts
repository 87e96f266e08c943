'use client';
// The safe-for-work switch as the browser sees it: one value shared by the top bar's marker
// (which the CSS reads), the catalogue's switch, Settings and the Shift+B key. Pages render it
// from the user's setting on the server (no flash of unblurred posters); a change shows at once
// and is saved with PATCH /api/me, rolled back if refused.
import { useSyncExternalStore } from 'react';
import { apiFetch } from './api';

let current: boolean | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function set(value: boolean) {
  current = value;
  for (const listener of listeners) listener();
}

/** Whether previews are blurred: the server's value until the user changes it in this tab. */
export function useBlurPreviews(serverValue: boolean): boolean {
  return useSyncExternalStore(
    subscribe,
    () => current ?? serverValue,
    () => serverValue,
  );
}

export async function setBlurPreviews(value: boolean, before: boolean): Promise<void> {
  set(value);
  try {
    await apiFetch('/api/me', { method: 'PATCH', json: { blurPreviews: value } });
  } catch (error) {
    set(before);
    throw error;
  }
}
