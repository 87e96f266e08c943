// Reverse geocoding in process: lookups per second of lib/places' geocoder (geokdbush over a
// kd-tree of ~130k cities, population-weighted among the 16 nearest) against a brute-force scan
// of every city with the same rule, on the same points, in the same run. Two point sets: near
// places people live (within ~10 km of a random city: where photos are taken), and anywhere
// between 60°S and 80°N (mostly sea: no city, the country outlines are asked). Prints the rates,
// their ratio, the ratio to the 20,000/s goal, and how often the two agree (always, they should).
// Never part of tests.
//
//   npm run bench:geocode [-- --lookups 100000]
import { distance } from 'geokdbush';
import { cityIndex } from '@/lib/places/city-index';
import { FAR_KM, reverseGeocode } from '@/lib/places/reverse-geocode';

const GOAL = 20_000;
const i = process.argv.indexOf('--lookups');
const LOOKUPS = i > 0 ? Number(process.argv[i + 1]) : 100_000;
const BRUTE = Math.max(200, Math.round(LOOKUPS / 200)); // a scan of every city is slow: fewer points, same rate measure

// A fixed pseudo-random sequence, so runs are comparable.
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);

/** The same rule as reverseGeocode, by scanning every city: the 16 nearest within FAR_KM, then distance ÷ population^¼. */
function bruteForce(lat: number, lng: number): string | null {
  const idx = cityIndex();
  const near: { i: number; km: number }[] = [];
  for (let c = 0; c < idx.name.length; c++) {
    const km = distance(lng, lat, idx.longitude[c], idx.latitude[c]);
    if (km <= FAR_KM) near.push({ i: c, km });
  }
  near.sort((a, b) => a.km - b.km);
  let best: string | null = null;
  let bestScore = Infinity;
  for (const { i: c, km } of near.slice(0, 16)) {
    const score = km / Math.max(1000, idx.population[c]) ** 0.25;
    if (score < bestScore) [best, bestScore] = [idx.name[c], score];
  }
  return best;
}

const loadStart = performance.now();
cityIndex();
reverseGeocode(48.8584, 2.2945);
const loadMs = performance.now() - loadStart;

const rate = (n: number, ms: number) => Math.round((n / ms) * 1000);

function measure(label: string, points: (readonly [number, number])[]): void {
  let t = performance.now();
  const fast = points.map(([lat, lng]) => reverseGeocode(lat, lng)?.city ?? null);
  const fastRate = rate(points.length, performance.now() - t);
  const sample = points.slice(0, BRUTE);
  t = performance.now();
  const slow = sample.map(([lat, lng]) => bruteForce(lat, lng));
  const slowRate = rate(sample.length, performance.now() - t);
  const agree = slow.filter((city, k) => city === fast[k]).length;
  console.log(`\n${label}`);
  console.log(`  geokdbush:   ${fastRate.toLocaleString('en')} lookups/s (${points.length.toLocaleString('en')} points)`);
  console.log(`  brute force: ${slowRate.toLocaleString('en')} lookups/s (${sample.length.toLocaleString('en')} points)`);
  console.log(`  ratio geokdbush / brute force: ${(fastRate / slowRate).toFixed(0)}×`);
  console.log(`  ratio to the ${GOAL.toLocaleString('en')}/s goal: ${(fastRate / GOAL).toFixed(2)}×`);
  console.log(`  same city on ${agree}/${sample.length} points`);
}

const idx = cityIndex();
const nearCities = Array.from({ length: LOOKUPS }, () => {
  const c = Math.floor(random() * idx.name.length);
  return [idx.latitude[c] + (random() - 0.5) * 0.18, idx.longitude[c] + (random() - 0.5) * 0.18] as const;
});
const anywhere = Array.from({ length: LOOKUPS }, () => [random() * 140 - 60, random() * 360 - 180] as const);
console.log(`cities indexed: ${idx.name.length.toLocaleString('en')}; load + first lookup: ${Math.round(loadMs)} ms`);
measure('near cities (where photos are taken)', nearCities);
measure('anywhere, 60°S–80°N (mostly sea)', anywhere);
