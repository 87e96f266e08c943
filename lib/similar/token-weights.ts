// How much each kind of token counts in a video's TF-IDF vector, before IDF. One table, read
// by the SQL that builds the vectors (similar-build.queries.ts), so changing a value here and
// rebuilding (/admin → Jobs → "Rebuild similar") is the whole change. The values were tuned on
// a hand-made household collection (tests/similar) and the bench seed; docs/similar.md says more.
export const TOKEN_KINDS = ['performer', 'tag', 'studio', 'inherited', 'studio_parent', 'title', 'folder', 'cast'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

export const TOKEN_WEIGHTS: Record<TokenKind, number> = {
  // The same performer is what a Stash user most means by "more like this".
  performer: 1.0,
  // A tag the user put on the video describes this scene: nearly as strong.
  tag: 0.8,
  // One studio shares style, series and production; weaker than who and what.
  studio: 0.6,
  // A tag inherited from a performer describes the person, not the scene: half an own tag.
  // (When a video has the tag both ways, its own weight wins; the token is the same tag:<id>.)
  inherited: 0.4,
  // The parent network of the studio: broad, many unrelated studios share it.
  studio_parent: 0.3,
  // Title words catch series and scene names ("Part 2" is dropped: numbers are not words),
  // but titles are noisy.
  title: 0.3,
  // Folders often name a performer or studio already counted, and every video of a folder
  // shares them: lower than title words.
  folder: 0.2,
  // solo/duo/group: a coarse fact; its IDF is low anyway, so it mostly breaks ties.
  cast: 0.2,
};

/** The type a token shows (`tag:beach`): inherited tags are tags, a parent studio a studio. */
export type TokenType = 'performer' | 'tag' | 'studio' | 'cast' | 'title' | 'folder';
export const TOKEN_TYPES: readonly TokenType[] = ['performer', 'tag', 'studio', 'cast', 'title', 'folder'];

export function tokenTypeOf(token: string): TokenType {
  const type = token.slice(0, token.indexOf(':'));
  return (TOKEN_TYPES as readonly string[]).includes(type) ? (type as TokenType) : 'title';
}
