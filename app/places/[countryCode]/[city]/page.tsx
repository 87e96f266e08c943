// /places/<countryCode>/<city>: the photos and videos taken in one city, newest first, in the
// search grid's justified rows (each opens the viewer).
import { ArrowLeft } from 'lucide-react';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SearchResultsGrid } from '@/components/search/SearchResultsGrid';
import { TopBar } from '@/components/TopBar';
import { requirePageUser } from '@/lib/auth/page-user';
import { CITY_PAGE_MAX, listCityAssets } from '@/lib/places/list-city-assets';
import { cityPathSchema } from '@/lib/places/places.schemas';

export const dynamic = 'force-dynamic';

/** A segment as typed: "S%C3%A3o%20Paulo" or already decoded; a stray "%" is not a 500. */
function segment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export default async function CityPage({ params }: { params: Promise<{ countryCode: string; city: string }> }) {
  const user = await requirePageUser();
  const raw = await params;
  const parsed = cityPathSchema.safeParse({ countryCode: segment(raw.countryCode), city: segment(raw.city) });
  if (!parsed.success) notFound();
  const { city, country, items, truncated } = await listCityAssets(user, parsed.data.countryCode, parsed.data.city);
  if (items.length === 0) notFound();
  return (
    <>
      <TopBar user={user} />
      <main className="px-2 py-4 sm:px-4">
        <Link href="/places" className="mb-2 inline-flex items-center gap-1 rounded px-2 py-1 text-sm text-neutral-300 hover:bg-neutral-800 focus:outline-2 focus:outline-sky-400">
          <ArrowLeft aria-hidden size={16} /> Places
        </Link>
        <h1 className="mb-1 px-2 text-2xl font-semibold">
          {city}, {country}
        </h1>
        <p className="mb-3 px-2 text-sm text-neutral-300" data-testid="city-count">
          {items.length === 1 ? '1 photo or video' : `${items.length.toLocaleString('en')} photos and videos`}
          {truncated && ` (the newest ${CITY_PAGE_MAX.toLocaleString('en')})`}
        </p>
        <SearchResultsGrid hits={items} context={new URLSearchParams({ q: city }).toString()} />
      </main>
    </>
  );
}
