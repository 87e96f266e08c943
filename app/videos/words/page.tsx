// The word cloud of the user's videos (or of a performer's, studio's or tag's: ?performer=,
// ?studio=, ?tag=): their 100 most characteristic TF-IDF tokens. A malformed id shows the
// whole collection's cloud.
import { ChevronLeft } from 'lucide-react';
import Link from 'next/link';
import { TopBar } from '@/components/TopBar';
import { WordCloud } from '@/components/similar/WordCloud';
import { requirePageUser } from '@/lib/auth/page-user';
import { getWordCloud } from '@/lib/similar/get-word-cloud';
import { wordCloudQuerySchema } from '@/lib/similar/similar.schemas';

export const dynamic = 'force-dynamic';

export default async function VideoWordsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requirePageUser();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = wordCloudQuerySchema.safeParse(raw);
  const query = parsed.success ? parsed.data : {};
  const cloud = await getWordCloud(user, query);
  const scoped = Object.values(query).some(Boolean);
  return (
    <>
      <TopBar user={user} />
      <main className="mx-auto max-w-5xl px-4 pt-4 pb-12">
        <Link href="/videos" className="-ml-2 inline-flex items-center gap-1 rounded px-2 py-1 text-sm text-neutral-300 hover:bg-neutral-800">
          <ChevronLeft aria-hidden size={16} />
          Videos
        </Link>
        <h1 className="mt-2 text-xl font-semibold">What your videos are about</h1>
        <p className="mt-1 mb-4 text-sm text-neutral-300">
          The tokens with the most TF-IDF weight across {cloud.videos.toLocaleString('en-US')} {scoped ? 'videos of this selection' : 'videos you can see'}: larger is more characteristic.
        </p>
        {cloud.words.length === 0 ? (
          <p className="text-sm text-neutral-300">No tokens yet: give videos performers, tags or a studio.</p>
        ) : (
          <WordCloud words={cloud.words} label="Word cloud of your videos" />
        )}
      </main>
    </>
  );
}
