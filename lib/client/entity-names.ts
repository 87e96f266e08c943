'use client';
// Names of the performers, studios, tags and libraries the user picked, by id. The URL holds
// only ids (the contract's), so a chip needs the name from somewhere: every picker and
// suggestion records what it showed, kept in localStorage so a reload still says "beach"
// rather than an id. An id never seen here (a link someone shared) shows a neutral word.
import { useSyncExternalStore } from 'react';

const KEY = 'shoebox.entity-names';
const LIMIT = 500;
let names: Record<string, string> | null = null;
const listeners = new Set<() => void>();

function load(): Record<string, string> {
  if (names) return names;
  try {
    names = JSON.parse(window.localStorage.getItem(KEY) ?? '{}') as Record<string, string>;
  } catch {
    names = {};
  }
  return names;
}

export function rememberNames(entries: { id: string; name: string }[]): void {
  if (typeof window === 'undefined' || entries.length === 0) return;
  const current = load();
  if (entries.every((e) => current[e.id] === e.name)) return;
  const next = { ...current };
  for (const e of entries) next[e.id] = e.name;
  const ids = Object.keys(next);
  for (const id of ids.slice(0, Math.max(0, ids.length - LIMIT))) delete next[id];
  names = next;
  try {
    window.localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // Storage full or refused: the names still live for this page.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const none: Record<string, string> = {};

/** id → name, re-rendering when a name is learned; {} on the server (no storage there). */
export function useEntityNames(): Record<string, string> {
  return useSyncExternalStore(subscribe, load, () => none);
}
