'use client';
// The seek sprite's cues for the scrub preview, fetched once per video (none while the video's
// preview media are not made yet); the sprite sheet itself is loaded right away.
import { useQuery } from '@tanstack/react-query';
import { fetchSpriteVtt, spriteVttUrl } from '@/lib/client/videos-api';
import { parseSpriteVtt, type SpriteCue } from './sprite-vtt';

export function useSpriteCues(assetId: string): SpriteCue[] {
  const { data } = useQuery({
    queryKey: ['asset', assetId, 'sprite-cues'],
    queryFn: async () => {
      const text = await fetchSpriteVtt(assetId);
      const cues = text ? parseSpriteVtt(text, spriteVttUrl(assetId)) : [];
      // Load the sheet now, so the first hover shows a tile rather than an empty box.
      for (const url of new Set(cues.map((c) => c.url))) new Image().src = url;
      return cues;
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
  return data ?? [];
}
