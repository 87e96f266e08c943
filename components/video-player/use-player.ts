'use client';
// React's view of the page's PlayerController: the controller lives as long as the page (one
// per video), components re-render from its snapshot, and anything on the page can seek.
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { PlayerController, PlayerSnapshot } from './player-controller';

export const PlayerContext = createContext<PlayerController | null>(null);

export function usePlayerController(): PlayerController {
  const controller = useContext(PlayerContext);
  if (!controller) throw new Error('usePlayerController outside a PlayerContext');
  return controller;
}

/** Re-renders on every snapshot change (a few times a second while playing). */
export function usePlayerState(): PlayerSnapshot {
  const controller = usePlayerController();
  return useSyncExternalStore(controller.subscribe, controller.getSnapshot, controller.getSnapshot);
}
