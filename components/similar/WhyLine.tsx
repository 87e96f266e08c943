// The reasons of a similar item, as the issue writes them: `performer: A · tag: beach · studio: B`
// (an inherited tag says so), with each token's share of the score for screen readers and on hover.
import type { WhyToken } from '@/lib/similar/similar.schemas';

export function WhyLine({ why }: { why: WhyToken[] }) {
  if (why.length === 0) return null;
  return (
    <p className="mt-1 line-clamp-2 text-xs text-neutral-300" data-testid="similar-why">
      <span className="sr-only">Similar because of </span>
      {why.map((w, i) => (
        <span key={`${w.type}:${w.id ?? w.label}`} title={`${Math.round(w.weight * 100)}% of the score`}>
          {i > 0 && <span aria-hidden> · </span>}
          <span className="text-neutral-400">{w.type}:</span> {w.label}
          {w.inherited && <span className="text-neutral-400"> (from performer)</span>}
        </span>
      ))}
    </p>
  );
}
