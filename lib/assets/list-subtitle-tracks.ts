// The subtitle tracks the player offers for a video, each answered as WebVTT by its own URL.
import type { Actor } from '@/lib/access/access.schemas';
import { findSubtitleSources } from './find-subtitle-sources';
import type { SubtitleTrack } from './playback.schemas';

export async function listSubtitleTracks(user: Actor, assetId: string): Promise<SubtitleTrack[]> {
  const { embedded, sidecars } = await findSubtitleSources(user, assetId);
  const url = (id: string) => `/api/assets/${assetId}/subtitles/${id}`;
  return [
    ...embedded.map((s): SubtitleTrack => ({
      id: `embedded-${s.ordinal}`,
      source: 'embedded',
      language: s.language && s.language !== 'und' ? s.language : null,
      label: s.title ?? (s.language && s.language !== 'und' ? s.language : `Subtitles ${s.ordinal + 1}`),
      url: url(`embedded-${s.ordinal}`),
    })),
    ...sidecars.map((s, index): SubtitleTrack => ({
      id: `sidecar-${index}`,
      source: 'sidecar',
      language: s.language,
      label: s.tags ?? s.fileName,
      url: url(`sidecar-${index}`),
    })),
  ];
}
