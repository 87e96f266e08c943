'use client';
// The player's keys (player-keys.ts) on the whole page, except while typing (inputs, text
// areas, selects, editable text) and except Space/Enter on a focused button or link, which
// press it as usual. Ctrl/Alt/Meta combinations stay the browser's.
import { useEffect } from 'react';
import type { PlayerController } from './player-controller';
import { actionForKey, chapterTarget } from './player-keys';

function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('dialog[open]') !== null;
}

export function usePlayerKeys(controller: PlayerController, chapterStarts: number[], onHelp: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || typingInto(e.target)) return;
      const pressable = e.target instanceof HTMLElement && e.target.closest('button, a, summary, [role="button"]');
      if (pressable && (e.key === ' ' || e.key === 'Enter')) return;
      const action = actionForKey(e);
      if (!action) return;
      e.preventDefault();
      const duration = controller.duration();
      switch (action.kind) {
        case 'toggle':
          return controller.togglePlay();
        case 'seekBy':
          return controller.seekBy(action.seconds);
        case 'volumeBy':
          return controller.setVolume(controller.getSnapshot().volume + action.delta);
        case 'mute':
          return controller.toggleMute();
        case 'fullscreen':
          return controller.toggleFullscreen();
        case 'fraction':
          return controller.seek(duration * action.fraction);
        case 'frame':
          return controller.stepFrame(action.direction);
        case 'random':
          return controller.seek(Math.random() * duration * 0.98);
        case 'chapter': {
          const target = chapterTarget(chapterStarts, controller.time(), action.direction);
          if (target !== null) controller.seek(target);
          return;
        }
        case 'help':
          return onHelp();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [controller, chapterStarts, onHelp]);
}
