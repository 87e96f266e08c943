// A titled panel of the video page (Markers, Chapters, Comments, Info…).
import type { ReactNode } from 'react';

export function Section({ title, children, testId, actions }: { title: string; children: ReactNode; testId?: string; actions?: ReactNode }) {
  return (
    <section className="rounded-lg border border-neutral-800 bg-neutral-900/60 p-3 sm:p-4" data-testid={testId} aria-label={title}>
      <div className="mb-2 flex items-center justify-between gap-2">
        <h2 className="text-base font-semibold">{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

export const fieldClass = 'w-full min-w-0 rounded-md border border-neutral-700 bg-neutral-950 px-2.5 py-1.5 text-sm text-neutral-100 placeholder:text-neutral-400';
export const primaryButton = 'rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-600 disabled:opacity-60';
export const quietButton = 'rounded-md px-2 py-1 text-sm text-neutral-300 hover:bg-white/10 hover:text-white disabled:opacity-60';
