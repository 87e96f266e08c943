// The top bar's suggestions as one list of options (what the arrow keys walk through): the
// typed text itself first ("Search for …" on /search, which Enter takes when nothing is chosen,
// then "Search videos for …" in the catalogue), then performers, studios, tags and videos,
// each with where choosing it goes. Pure, tested.
import type { Suggestions } from '@/lib/client/catalogue-contract';

export type SuggestGroup = 'search' | 'performers' | 'studios' | 'tags' | 'videos';

export interface SuggestOption {
  key: string;
  group: SuggestGroup;
  label: string;
  href: string;
  imageUrl?: string | null;
  /** A performer, studio or tag, remembered for the catalogue's chips. */
  entity?: { id: string; name: string };
}

export const GROUP_LABELS: Record<SuggestGroup, string> = { search: 'Search', performers: 'Performers', studios: 'Studios', tags: 'Tags', videos: 'Videos' };

export function suggestOptions(text: string, s: Suggestions | undefined): SuggestOption[] {
  const q = text.trim();
  if (!q) return [];
  const query = new URLSearchParams({ q: q.slice(0, 200) });
  const out: SuggestOption[] = [
    { key: 'search', group: 'search', label: `Search for “${q}”`, href: `/search?${query}` },
    { key: 'search-videos', group: 'search', label: `Search videos for “${q}”`, href: `/videos?${query}` },
  ];
  if (!s) return out;
  for (const p of s.performers) out.push({ key: `p:${p.id}`, group: 'performers', label: p.name, href: `/performers/${p.id}`, imageUrl: p.imageUrl, entity: p });
  for (const st of s.studios) out.push({ key: `s:${st.id}`, group: 'studios', label: st.name, href: `/videos?studios=${st.id}`, entity: st });
  for (const t of s.tags) out.push({ key: `t:${t.id}`, group: 'tags', label: t.name, href: `/videos?tags=${t.id}`, entity: t });
  for (const v of s.videos) out.push({ key: `v:${v.id}`, group: 'videos', label: v.title, href: `/videos/${v.id}`, imageUrl: v.thumbnailUrl });
  return out;
}
