'use client';
// The seek sprite's cues for the scrub preview, fetched once per video (none while the video's
// preview media are not made yet).
import { useQuery } from '@tanstack/react-query';
import { fetchSpriteVtt, spriteVttUrl } from '@/lib/client/videos-api';
import { parseSpriteVtt, type SpriteCue } from './sprite-vtt';

export function useSpriteCues(assetId: string): SpriteCue[] {
  const { data } = useQuery({
    queryKey: ['asset', assetId, 'sprite-cues'],
    queryFn: async () => {
      const text = await fetchSpriteVtt(assetId);
      return text ? parseSpriteVtt(text, spriteVttUrl(assetId)) : [];
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
  return data ?? [];
}
