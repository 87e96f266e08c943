// The catalogue's address: page, page size and sort live in the URL so reload, Back and a
// shared link show the same page. Defaults are left out to keep links short.
import type { VideoPageSize, VideoSort } from '@/lib/catalogue/catalogue.schemas';

export const DEFAULT_PAGE_SIZE: VideoPageSize = 24;

export interface CatalogueAddress {
  page: number;
  pageSize: VideoPageSize;
  sort: VideoSort;
}

export function catalogueHref({ page, pageSize, sort }: CatalogueAddress): string {
  const params = new URLSearchParams();
  if (page !== 1) params.set('page', String(page));
  if (pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(pageSize));
  if (sort !== 'newest') params.set('sort', sort);
  const query = params.toString();
  return query ? `/videos?${query}` : '/videos';
}

/** The page that shows the same first video at another page size. */
export function pageKeepingPlace(page: number, from: number, to: number): number {
  return Math.floor(((page - 1) * from) / to) + 1;
}

/** Page numbers to offer: the first, the last and the current one with its neighbours, with
 * 'gap' where numbers are left out (one number is shown rather than a gap hiding only it). */
export function pageNumbers(current: number, last: number, around = 1): (number | 'gap')[] {
  const shown = new Set<number>([1, last]);
  for (let p = current - around; p <= current + around; p++) if (p >= 1 && p <= last) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  for (const p of sorted) {
    const previous = out.at(-1);
    if (typeof previous === 'number' && p - previous === 2) out.push(p - 1);
    else if (typeof previous === 'number' && p - previous > 2) out.push('gap');
    out.push(p);
  }
  return out;
}
