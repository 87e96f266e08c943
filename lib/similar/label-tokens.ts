// Turns token strings into what a person reads: `tag:<id>` → the tag's name, `title:beach` →
// "beach", `cast:duo` → "duo". Names come in one query for a whole answer.
import { selectTokenNames } from './similar.queries';
import type { WhyToken } from './similar.schemas';
import { tokenTypeOf } from './token-weights';

const ENTITY_TYPES = new Set(['tag', 'performer', 'studio']);

export interface Labelled {
  type: WhyToken['type'];
  label: string;
  id?: string;
}

/** Labels for the tokens (keyed by token). An entity since deleted is labelled "(deleted)". */
export async function labelTokens(tokens: Iterable<string>): Promise<Map<string, Labelled>> {
  const unique = [...new Set(tokens)];
  const ids = { tags: [] as string[], people: [] as string[], studios: [] as string[] };
  for (const token of unique) {
    const type = tokenTypeOf(token);
    const value = token.slice(token.indexOf(':') + 1);
    if (type === 'tag') ids.tags.push(value);
    if (type === 'performer') ids.people.push(value);
    if (type === 'studio') ids.studios.push(value);
  }
  const names = new Map((await selectTokenNames(ids)).map((r) => [r.id, r.name]));
  return new Map(
    unique.map((token) => {
      const type = tokenTypeOf(token);
      const value = token.slice(token.indexOf(':') + 1);
      return [token, ENTITY_TYPES.has(type) ? { type, label: names.get(value) ?? '(deleted)', id: value } : { type, label: value }];
    }),
  );
}

/** Rounds a score or weight for the answer: four decimals say all a person can see. */
export const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
