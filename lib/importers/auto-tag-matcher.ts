// Matches a video's folder and file names against a user's performer, studio and tag names,
// the way Stash's auto-tagger does (stash pkg/match/path.go, read for its rules):
// - case-insensitive (lower case on both sides, Unicode letters included);
// - whole words only: a name must start and end at a boundary — the start or end of the path,
//   or a character that is neither a letter nor a digit (`_` and `/` count as boundaries), so
//   "Ann" never matches "Annabel" and "beach" never matches "beaches";
// - the words of a multi-word name may be joined in the path by any run of the separators
//   `.` `-` `_` and white space, or by nothing at all, or by the name's own punctuation ("Jane Doe" matches `jane.doe`,
//   `Jane_Doe`, `JaneDoe`), but never across a folder boundary (`jane/doe` is no match);
// - the extension is not part of the name (Stash matches it too; we drop it so a tag "mp4"
//   does not land on every video);
// - Stash also matches single-word and one-letter names; so do we.
// Differences from Stash, by choice: a performer's aliases match as well as their name (Stash
// has alias matching for performers switched off; the issue asks for aliases everywhere), and
// punctuation inside a name (`.` in "A.J. Smith") is treated as a separator like a space.
// When several studios match, the one matching furthest right wins (Stash's rule: the deepest
// folder or the file name is the most specific), a longer name on a tie.
//
// Written by hand rather than as one regular expression per name: all names are compiled once
// into a map keyed by their letters and digits run together, and a path is read as its runs of
// letters/digits, trying each run and its joins with the next runs — a few dozen map lookups a
// path whatever the number of names, where 7,500 regular expressions would each scan every path.

export type EntityKind = 'performer' | 'studio' | 'tag';

export interface NamedEntity {
  kind: EntityKind;
  id: string;
  name: string;
  aliases: readonly string[];
}

interface CompiledName {
  entity: NamedEntity;
  /** Offsets within the key where the name has a word break (a path may break there too), with
   * the characters the name has there (a path may repeat them: the apostrophe of "O'Neil"). */
  breaks: Map<number, string>;
}

export interface PathMatch {
  entity: NamedEntity;
  /** Where the match starts in the path: the right-most one, for choosing a studio. */
  at: number;
  length: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const JOINER = /^[.\-_\s]*$/u;
const MAX_GAP = 8;

function words(text: string): { word: string; start: number }[] {
  return [...text.normalize('NFC').toLowerCase().matchAll(WORD)].map((m) => ({ word: m[0], start: m.index }));
}

export class AutoTagMatcher {
  private readonly byKey = new Map<string, CompiledName[]>();
  private maxKeyLength = 0;

  constructor(entities: Iterable<NamedEntity>) {
    for (const entity of entities) {
      const seen = new Set<string>();
      for (const name of [entity.name, ...entity.aliases]) {
        const lower = name.normalize('NFC').toLowerCase();
        const parts = words(lower);
        const key = parts.map((p) => p.word).join('');
        if (!key || seen.has(key)) continue;
        seen.add(key);
        const breaks = new Map<number, string>();
        let offset = 0;
        for (let k = 0; k + 1 < parts.length; k += 1) {
          offset += parts[k].word.length;
          breaks.set(offset, lower.slice(parts[k].start + parts[k].word.length, parts[k + 1].start));
        }
        const list = this.byKey.get(key) ?? [];
        list.push({ entity, breaks });
        this.byKey.set(key, list);
        this.maxKeyLength = Math.max(this.maxKeyLength, key.length);
      }
    }
  }

  get size(): number {
    return this.byKey.size;
  }

  /** Every entity whose name or alias occurs in `subject` (one entry per entity, right-most). */
  match(subject: string): PathMatch[] {
    const text = subject.normalize('NFC').toLowerCase();
    const runs = words(text);
    const found = new Map<string, PathMatch>();
    for (let i = 0; i < runs.length; i += 1) {
      let key = '';
      const breaks: { at: number; gap: string }[] = [];
      for (let j = i; j < runs.length; j += 1) {
        if (j > i) {
          const gap = text.slice(runs[j - 1].start + runs[j - 1].word.length, runs[j].start);
          if (gap.includes('/') || gap.length > MAX_GAP) break; // a name never spans folders
          breaks.push({ at: key.length, gap });
        }
        key += runs[j].word;
        if (key.length > this.maxKeyLength) break;
        for (const candidate of this.byKey.get(key) ?? []) {
          // The path may break a name only where the name itself breaks ("ja.ne" is not "jane").
          // Between words: separators, or exactly the name's own punctuation.
          if (!breaks.every((b) => candidate.breaks.has(b.at) && (JOINER.test(b.gap) || candidate.breaks.get(b.at) === b.gap))) continue;
          const at = runs[i].start;
          const length = runs[j].start + runs[j].word.length - at;
          const id = `${candidate.entity.kind}:${candidate.entity.id}`;
          const before = found.get(id);
          if (!before || at > before.at) found.set(id, { entity: candidate.entity, at, length });
        }
      }
    }
    return [...found.values()];
  }
}

/** What a path gives: performers and tags that match, and the studio (right-most, longer on a tie). */
export function matchPath(matcher: AutoTagMatcher, relPath: string) {
  const subject = relPath.replace(/\.[^./]*$/, ''); // the extension is not part of any name
  const matches = matcher.match(subject);
  const studios = matches.filter((m) => m.entity.kind === 'studio').sort((a, b) => b.at - a.at || b.length - a.length);
  return {
    performers: matches.filter((m) => m.entity.kind === 'performer').map((m) => m.entity),
    studio: studios[0]?.entity ?? null,
    tags: matches.filter((m) => m.entity.kind === 'tag').map((m) => m.entity),
  };
}
