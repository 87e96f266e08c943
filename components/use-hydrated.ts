'use client';
import { useSyncExternalStore } from 'react';

const noop = () => () => undefined;

/** False during server render and hydration, true once React handles events: submit buttons
 * stay disabled until then, so an early click never submits a form natively. */
export function useHydrated(): boolean {
  return useSyncExternalStore(noop, () => true, () => false);
}
