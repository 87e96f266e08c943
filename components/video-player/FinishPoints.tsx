'use client';
// Where this user said "Finished", newest first, each dated; a time jumps there.
import type { FinishPointView } from '@/lib/interactions/interactions.schemas';
import { DateText } from './DateText';
import { Section } from './Section';
import { TimeButton } from './TimeButton';

export function FinishPoints({ points }: { points: FinishPointView[] }) {
  return (
    <Section title="Finished at" testId="finish-points">
      {points.length === 0 ? (
        <p className="text-sm text-neutral-400">Press Finished to remember where you stopped.</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {points.map((p) => (
            <li key={p.id} className="flex items-center gap-3" data-testid="finish-point">
              <TimeButton seconds={p.seconds} />
              <DateText iso={p.createdAt} className="text-neutral-300" />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
