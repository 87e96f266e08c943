'use client';
// /videos/dashboard (GET /api/videos/dashboard): how many videos, performers, studios and tags
// this user can see, their total length and size, the most watched, most liked and recently
// added videos, and this user's watch time per week (26 weeks) as a bar chart.
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { formatDuration } from '@/components/timeline/format';
import { fetchDashboard } from '@/lib/client/catalogue-api';
import type { CatalogueCard } from '@/lib/client/catalogue-contract';
import { BarChartPanel } from './BarChartPanel';
import { formatBytes } from './card-format';

const count = new Intl.NumberFormat('en');

/** Hours and minutes, for totals (formatDuration is a player's clock). */
export function formatHours(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const h = Math.floor(minutes / 60);
  return h > 0 ? `${count.format(h)} h ${minutes % 60} min` : `${minutes} min`;
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-lg border border-neutral-800 p-3">
      <dt className="text-sm text-neutral-300">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums">{value}</dd>
    </div>
  );
}

function VideoRanking({ title, videos, detail }: { title: string; videos: CatalogueCard[]; detail: (v: CatalogueCard) => string }) {
  return (
    <section className="min-w-0 rounded-lg border border-neutral-800 p-3">
      <h2 className="mb-2 text-sm font-medium text-neutral-200">{title}</h2>
      {videos.length === 0 ? (
        <p className="text-sm text-neutral-400">None yet.</p>
      ) : (
        <ol className="grid gap-2">
          {videos.map((v) => (
            <li key={v.id} data-preview-scope>
              <Link href={`/videos/${v.id}`} className="flex items-center gap-2 rounded hover:bg-neutral-900">
                <span className="relative block aspect-video w-20 shrink-0 overflow-hidden rounded bg-neutral-800" data-preview>
                  {v.thumbnailUrl && (
                    // eslint-disable-next-line @next/next/no-img-element -- served by our API with auth; no optimizer
                    <img src={v.thumbnailUrl} alt="" className="h-full w-full object-cover" loading="lazy" />
                  )}
                </span>
                <span className="min-w-0">
                  <span className="block truncate text-sm text-neutral-100">{v.title}</span>
                  <span className="block text-xs text-neutral-400">{detail(v)}</span>
                </span>
              </Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function Dashboard() {
  const { data, isError, error } = useQuery({ queryKey: ['videos', 'dashboard'], queryFn: fetchDashboard });
  if (isError) return <p className="mt-16 text-center text-rose-300">{error.message}</p>;
  if (!data) return <p className="mt-16 text-center text-neutral-400">Counting…</p>;
  const weeks = data.watchPerWeek.map((w) => ({ label: w.week, value: Math.round(w.seconds / 60) }));
  return (
    <div className="grid gap-4" data-testid="dashboard">
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        <Figure label="Videos" value={count.format(data.counts.videos)} />
        <Figure label="Performers" value={count.format(data.counts.performers)} />
        <Figure label="Studios" value={count.format(data.counts.studios)} />
        <Figure label="Tags" value={count.format(data.counts.tags)} />
        <Figure label="Total length" value={formatHours(data.durationMs)} />
        <Figure label="Total size" value={formatBytes(data.bytes)} />
      </dl>
      <BarChartPanel title="Your watch time per week" unit="minutes" points={weeks} />
      <div className="grid gap-3 lg:grid-cols-3">
        <VideoRanking title="Most watched" videos={data.mostWatched} detail={(v) => (v.playCount === 1 ? '1 play' : `${v.playCount} plays`)} />
        <VideoRanking title="Most liked" videos={data.mostLiked} detail={(v) => (v.likeCount === 1 ? '1 like' : `${v.likeCount ?? 0} likes`)} />
        <VideoRanking title="Recently added" videos={data.recentlyAdded} detail={(v) => (v.durationMs != null ? formatDuration(v.durationMs) : '')} />
      </div>
    </div>
  );
}
