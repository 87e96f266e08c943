// What a chip says for each active filter ("Rating ≥ 3.5", "Not liked", "Tags (all): beach,
// sand"). Pure, so every filter's wording is tested; names of performers/studios/tags come from
// the caller (ids are all the URL holds).
import type { CatalogueFilters, FilterKey } from '@/components/catalogue/catalogue-url';

export type NameOf = (id: string) => string;

const yesNo: Partial<Record<FilterKey, [string, string]>> = {
  liked: ['Liked', 'Not liked'],
  favourite: ['Favourite', 'Not favourite'],
  organised: ['Organised', 'Not organised'],
  hasMarkers: ['Has markers', 'No markers'],
  hasChapters: ['Has chapters', 'No chapters'],
  hasComments: ['Has comments', 'No comments'],
  hasSubtitles: ['Has subtitles', 'No subtitles'],
};

export function formatSeconds(s: number): string {
  if (s % 3600 === 0 && s > 0) return `${s / 3600} h`;
  if (s % 60 === 0 && s > 0) return `${s / 60} min`;
  return `${s} s`;
}

/** The chip of one filter, or null for the keys that have no chip of their own (their pair's). */
export function filterLabel(key: FilterKey, f: CatalogueFilters, nameOf: NameOf): string | null {
  const names = (ids: string[]) => ids.map(nameOf).join(', ');
  switch (key) {
    case 'performers':
      return `Performers${f.performersMode === 'all' && f.performers.length > 1 ? ' (all)' : ''}: ${names(f.performers)}`;
    case 'performersExclude':
      return `Without performers: ${names(f.performersExclude)}`;
    case 'studios':
      return `Studios: ${names(f.studios)}`;
    case 'studiosExclude':
      return `Without studios: ${names(f.studiosExclude)}`;
    case 'tags':
      return `Tags${f.tagsMode === 'all' && f.tags.length > 1 ? ' (all)' : ''}: ${names(f.tags)}`;
    case 'tagsExclude':
      return `Without tags: ${names(f.tagsExclude)}`;
    case 'cast':
      return `Cast: ${f.cast === 'group' ? 'group of 3+' : f.cast}`;
    case 'ratingMin':
      return `Rating ≥ ${f.ratingMin}`;
    case 'ratingMax':
      return `Rating ≤ ${f.ratingMax}`;
    case 'watched':
      return f.watched === 'inProgress' ? 'In progress' : f.watched === 'watched' ? 'Watched' : 'Unwatched';
    case 'playsMin':
      return `Plays ≥ ${f.playsMin}`;
    case 'playsMax':
      return `Plays ≤ ${f.playsMax}`;
    case 'viewMin':
      return `Viewed ≥ ${formatSeconds(f.viewMin ?? 0)}`;
    case 'viewMax':
      return `Viewed ≤ ${formatSeconds(f.viewMax ?? 0)}`;
    case 'durationMin':
      return `Longer than ${formatSeconds(f.durationMin ?? 0)}`;
    case 'durationMax':
      return `Shorter than ${formatSeconds(f.durationMax ?? 0)}`;
    case 'resolution':
      return f.resolution === 2160 ? '4K and up' : `${f.resolution}p and up`;
    case 'addedFrom':
      return `Added from ${f.addedFrom}`;
    case 'addedTo':
      return `Added until ${f.addedTo}`;
    case 'releasedFrom':
      return `Released from ${f.releasedFrom}`;
    case 'releasedTo':
      return `Released until ${f.releasedTo}`;
    case 'library':
      return `Library: ${nameOf(f.library ?? '')}`;
    case 'folder':
      return `Folder: ${f.folder}`;
    case 'q':
      return f.q ? `“${f.q}”` : null;
    case 'performersMode':
    case 'tagsMode':
      return null;
    default: {
      const pair = yesNo[key];
      const value = f[key];
      return pair && typeof value === 'boolean' ? pair[value ? 0 : 1] : null;
    }
  }
}
