'use client';
// A card's sprite cues, fetched the first time the pointer rests on the card (never for cards
// only scrolled past), then kept by TanStack Query for as long as the tab lives.
import { useQuery } from '@tanstack/react-query';
import { fetchSpriteVtt } from '@/lib/client/catalogue-api';
import { parseSpriteVtt, type SpriteSheet } from '@/lib/client/sprite-cues';

export function useSpriteSheet(vttUrl: string | null, wanted: boolean): SpriteSheet | null {
  const { data } = useQuery({
    queryKey: ['sprite-vtt', vttUrl],
    queryFn: async () => parseSpriteVtt(await fetchSpriteVtt(vttUrl!)),
    enabled: wanted && vttUrl !== null,
    staleTime: Infinity,
    retry: false,
  });
  return data && data.cues.length > 0 ? data : null;
}
