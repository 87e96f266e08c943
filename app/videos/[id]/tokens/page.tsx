// A video's TF-IDF tokens as this user's IDF weighs them: what "similar" compares (the seed
// asked for "a way of seeing tf-idf tokens"). Another user's video or a photo is a 404.
import { ChevronLeft } from 'lucide-react';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { TopBar } from '@/components/TopBar';
import { requirePageUser } from '@/lib/auth/page-user';
import { AppError } from '@/lib/server/errors';
import { listVideoTokens } from '@/lib/similar/list-video-tokens';
import { TOKEN_WEIGHTS } from '@/lib/similar/token-weights';

export const dynamic = 'force-dynamic';

const KIND_LABEL: Record<string, string> = {
  tag: 'tag',
  inherited: 'tag (from performer)',
  performer: 'performer',
  studio: 'studio',
  studio_parent: 'parent studio',
  cast: 'cast',
  title: 'title word',
  folder: 'folder word',
};

const num = (x: number, digits = 3) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export default async function VideoTokensPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) notFound();
  const data = await listVideoTokens(user, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  });
  if (!data) notFound();
  return (
    <>
      <TopBar user={user} />
      <main className="mx-auto max-w-4xl px-4 pt-4 pb-12">
        <Link href={`/videos/${id}#similar`} className="-ml-2 inline-flex items-center gap-1 rounded px-2 py-1 text-sm text-neutral-300 hover:bg-neutral-800">
          <ChevronLeft aria-hidden size={16} />
          Back to the video
        </Link>
        <h1 className="mt-2 text-xl font-semibold">Tokens of this video</h1>
        <p className="mt-1 mb-4 text-sm text-neutral-300">
          Similar videos share these tokens. A token weighs its type&apos;s weight × tf × idf, where idf = ln((1 + N) / (1 + df)) + 1 counts the {data.videos.toLocaleString('en-US')} videos you can see; “share” is its part of the
          normalised vector (the squares add up to 1).
        </p>
        {data.tokens.length === 0 ? (
          <p className="text-sm text-neutral-300">No tokens: this video has no performers, tags, studio or title words yet.</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-neutral-800" tabIndex={0} role="region" aria-label="Tokens table">
            {/* Focusable: on a phone the table scrolls sideways, by keyboard too. */}
            <table className="w-full text-left text-sm" data-testid="token-table">
              <caption className="sr-only">Tokens, their type and weights</caption>
              <thead className="bg-neutral-900 text-xs text-neutral-300">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">Token</th>
                  <th scope="col" className="px-3 py-2 font-medium">Type</th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">tf</th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">df</th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">idf</th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">Weight</th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">Share</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-neutral-800">
                {data.tokens.map((t) => (
                  <tr key={t.token} data-testid="token-row">
                    <td className="max-w-[14rem] truncate px-3 py-2 font-medium" title={t.token}>{t.label}</td>
                    <td className="px-3 py-2 whitespace-nowrap text-neutral-300">
                      {KIND_LABEL[t.kind] ?? t.kind} <span className="text-xs">×{TOKEN_WEIGHTS[t.kind]}</span>
                    </td>
                    <td className="px-3 py-2 text-right tabular-nums">{num(t.tf, 2)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{t.df.toLocaleString('en-US')}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{num(t.idf, 2)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{num(t.weight)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{num(t.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </main>
    </>
  );
}
