// The remuxes and transcodes this process is running, one per viewer: a player that seeks asks
// for a new stream from the new time, and the stream it leaves must not keep an ffmpeg busy. A
// viewer is a signed-in user (two tabs of one user share a slot: the box has two cores, not one
// per tab). Transcodes (the costly kind) are also capped per process; a remux copies bytes and
// is not counted. Kept on globalThis: Next's route bundles each have their own module copies.
export type LiveKind = 'remux' | 'transcode';

interface LiveStream {
  kind: LiveKind;
  stop: () => void;
}

/** Transcodes one process runs at once: libx264 veryfast at 720p keeps up in real time on two cores for two viewers. */
export const MAX_TRANSCODES = 2;

const holder = globalThis as unknown as { shoeboxLiveStreams?: Map<string, LiveStream> };
const live = (holder.shoeboxLiveStreams ??= new Map());

export type Claim = { ok: true; release: () => void } | { ok: false };

/**
 * Ends the viewer's previous stream, then takes a slot for a new one (refused when it is a
 * transcode and all transcode slots are taken). `stop` ends the new stream's ffmpeg; `release`
 * gives the slot back once that ffmpeg has exited (a later stream of the same viewer may already
 * hold it: then it is left alone).
 */
export function claimLiveStream(viewerId: string, kind: LiveKind, stop: () => void): Claim {
  const previous = live.get(viewerId);
  if (previous) {
    live.delete(viewerId);
    previous.stop();
  }
  if (kind === 'transcode' && [...live.values()].filter((s) => s.kind === 'transcode').length >= MAX_TRANSCODES) return { ok: false };
  const entry: LiveStream = { kind, stop };
  live.set(viewerId, entry);
  return {
    ok: true,
    release: () => {
      if (live.get(viewerId) === entry) live.delete(viewerId);
    },
  };
}
