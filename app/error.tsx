'use client';
// What a page shows when rendering it failed on the server — most often the database is
// restarting or unreachable for a moment. Instead of Next's bare "Application error", the
// person reads what probably happened and can try again without losing their place. The
// error's detail stays in the server log (matched by the reference shown here).
import { RotateCw } from 'lucide-react';
import Link from 'next/link';
import { AuthCard } from '@/components/AuthCard';

export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  const reference = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null;
  return (
    <AuthCard title="This page could not be shown" subtitle="Shoebox could not answer just now.">
      <p className="text-sm text-neutral-300">
        The server may be restarting, or its database may be out of reach for a moment. Your photos are safe: nothing was changed.
      </p>
      <div className="mt-6 flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={() => retry()}
          className="inline-flex items-center gap-2 rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-600 focus:outline-2 focus:outline-offset-2 focus:outline-sky-400"
        >
          <RotateCw aria-hidden size={16} />
          Try again
        </button>
        <Link href="/" className="text-sm text-sky-400 underline">
          Go to the timeline
        </Link>
      </div>
      {reference && <p className="mt-6 text-xs text-neutral-400">Reference for the administrator: {reference}</p>}
    </AuthCard>
  );
}
