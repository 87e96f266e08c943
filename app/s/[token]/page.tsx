// /s/<token> – a shared link, for someone without an account: its title, description and a
// grid of exactly what it grants, with a viewer; a password form while a protected link is
// locked; the same 404 for an unknown, revoked or expired link. Never indexed, never sends a
// Referer (next.config.mjs adds the headers; the metadata the <meta> tags).
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { LinkGallery } from '@/components/shared-links/LinkGallery';
import { UnlockForm } from '@/components/shared-links/UnlockForm';
import { getLinkContent } from '@/lib/shared-links/get-link-content';
import { openLinkForPage } from '@/lib/shared-links/open-link';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Shared with you · Shoebox', robots: { index: false, follow: false }, referrer: 'no-referrer' };

export default async function SharedLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const opened = await openLinkForPage(token, await headers());
  if (opened.state === 'missing') notFound();
  if (opened.state === 'limited') {
    return (
      <main className="mx-auto max-w-md p-6 text-center">
        <h1 className="text-lg font-semibold">Too many requests</h1>
        <p className="mt-2 text-neutral-300">This address asked for shared pages too often. Try again in a few minutes.</p>
      </main>
    );
  }
  if (opened.state === 'locked') return <UnlockForm token={token} />;
  return (
    <LinkGallery
      token={token}
      content={await getLinkContent(opened.link)}
      downloadAll={
        <a href={`/api/s/${token}/download`} download className="inline-flex items-center gap-1.5 rounded bg-neutral-800 px-3 py-1.5 text-sm hover:bg-neutral-700 focus-visible:outline-2 focus-visible:outline-sky-400">
          Download all
        </a>
      }
    />
  );
}
