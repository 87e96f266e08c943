// The /places grid: a heading per country (with its count), then its cities as cover cards,
// most photos first. Plain links whose visible text is their name: "Paris, 12 photos" (the
// comma for screen readers only; axe's label-content-name-mismatch wants no separate aria-label).
import Link from 'next/link';
import type { PlaceCountry } from '@/lib/places/places.schemas';

const photos = (n: number) => (n === 1 ? '1 photo' : `${n.toLocaleString('en')} photos`);

export function PlacesGrid({ countries }: { countries: PlaceCountry[] }) {
  return (
    <div className="space-y-8">
      {countries.map((c) => (
        <section key={c.countryCode} aria-labelledby={`country-${c.countryCode}`} data-testid="place-country">
          <h2 id={`country-${c.countryCode}`} className="mb-3 flex items-baseline gap-2 text-lg font-semibold">
            {c.country} <span className="text-sm font-normal text-neutral-300">{photos(c.count)}</span>
          </h2>
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 md:grid-cols-4 lg:grid-cols-5">
            {c.cities.map((city) => (
              <li key={city.city} data-testid="place-city">
                <Link href={city.href} className="group block overflow-hidden rounded-lg bg-neutral-900 focus:outline-3 focus:outline-sky-400">
                  <span className="block aspect-square overflow-hidden bg-neutral-800">
                    {/* eslint-disable-next-line @next/next/no-img-element -- served by our own API with auth; no optimizer */}
                    <img src={`/api/assets/${city.coverId}/thumbnail`} alt="" loading="lazy" className="h-full w-full object-cover transition-transform group-hover:scale-105" />
                  </span>
                  <span className="block truncate px-2 pt-1.5 text-sm font-medium text-neutral-100">
                    {city.city}
                    <span className="sr-only">, </span>
                  </span>
                  <span className="block px-2 pb-2 text-xs text-neutral-300">{photos(city.count)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
