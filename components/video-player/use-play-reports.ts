'use client';
// Play reports (docs/interactions.md): each playback session has its own id and reports its
// TOTAL watched seconds and the position every 10 s while playing, and on pause, end, leaving
// the page (pagehide, tab hidden) and unmount. The server counts only growth, so a repeated or
// late report adds nothing. After the video ended, playing again is a new play.
import { useEffect } from 'react';
import { sendPlayReport } from '@/lib/client/videos-api';
import type { PlayerController } from './player-controller';
import { newPlayId } from './play-id';

const EVERY_MS = 10_000;

export function usePlayReports(controller: PlayerController): void {
  useEffect(() => {
    const assetId = controller.options.assetId;
    let playId = newPlayId();
    let sent = { watched: 0, position: -1 };
    let started = false;

    const report = (leaving = false) => {
      const watched = Math.round(controller.watchedSeconds() * 1000) / 1000;
      const position = Math.round(controller.time() * 1000) / 1000;
      if (!started || (watched === sent.watched && Math.abs(position - sent.position) < 0.5)) return;
      sent = { watched, position };
      void sendPlayReport(assetId, playId, { watchedSeconds: watched, position }, leaving);
    };

    let ended = false;
    const onPlay = () => {
      if (ended) {
        // A new play: the previous one was reported when it ended.
        ended = false;
        playId = newPlayId();
        controller.resetWatched();
        sent = { watched: 0, position: -1 };
      }
      started = true;
    };
    const onPause = () => report();
    const onEnded = () => {
      report();
      ended = true;
    };
    const onHide = () => report(true);
    const onVisibility = () => document.visibilityState === 'hidden' && report(true);
    const timer = window.setInterval(() => report(), EVERY_MS);

    controller.addEventListener('play', onPlay);
    controller.addEventListener('pause', onPause);
    controller.addEventListener('ended', onEnded);
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      report(true);
      window.clearInterval(timer);
      controller.removeEventListener('play', onPlay);
      controller.removeEventListener('pause', onPause);
      controller.removeEventListener('ended', onEnded);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [controller]);
}
