// Previous, next and page numbers as links (?page=), so the keyboard, Back, reload and
// middle-click all work as with any link. The current page is marked for screen readers.
import { ChevronLeft, ChevronRight } from 'lucide-react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { type CatalogueState, catalogueHref, pageNumbers } from './catalogue-url';

const box = 'flex h-9 min-w-9 items-center justify-center rounded px-2 text-sm tabular-nums';

function Step({ to, label, children }: { to: CatalogueState | null; label: string; children: ReactNode }) {
  if (!to) {
    return (
      <span aria-disabled="true" className={`${box} text-neutral-500`}>
        {children}
        <span className="sr-only">{label}</span>
      </span>
    );
  }
  return (
    <Link href={catalogueHref(to)} className={`${box} hover:bg-neutral-800`}>
      {children}
      <span className="sr-only">{label}</span>
    </Link>
  );
}

export function Pagination({ address, lastPage }: { address: CatalogueState; lastPage: number }) {
  if (lastPage <= 1) return null;
  const { page } = address;
  return (
    <nav aria-label="Pages" className="mt-8 flex flex-wrap items-center justify-center gap-1" data-testid="pagination">
      <Step to={page > 1 ? { ...address, page: Math.min(page - 1, lastPage) } : null} label="Previous page">
        <ChevronLeft aria-hidden size={18} />
      </Step>
      {pageNumbers(page, lastPage).map((p, i) =>
        p === 'gap' ? (
          <span key={`gap-${i}`} aria-hidden className={`${box} text-neutral-400`}>
            …
          </span>
        ) : (
          <Link
            key={p}
            href={catalogueHref({ ...address, page: p })}
            aria-label={`Page ${p}`}
            aria-current={p === page ? 'page' : undefined}
            className={`${box} hover:bg-neutral-800 aria-[current=page]:bg-sky-700 aria-[current=page]:text-white`}
          >
            {p}
          </Link>
        ),
      )}
      <Step to={page < lastPage ? { ...address, page: page + 1 } : null} label="Next page">
        <ChevronRight aria-hidden size={18} />
      </Step>
    </nav>
  );
}
