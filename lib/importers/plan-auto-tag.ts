// What the auto-tagger would add to each video in scope: the user's names compiled once into a
// matcher (auto-tag-matcher.ts), the videos read in pages of 1,000 in id order with their
// current links, and for each the performers and tags it does not have yet and a studio when
// it has none. The preview and a run both read this, so a preview says exactly what a run does.
import { AutoTagMatcher, matchPath, type NamedEntity } from './auto-tag-matcher';
import { type AutoTagCandidate, type AutoTagScope, listAutoTagCandidates, listCatalogueNames } from './importers.queries';
import type { AutoTagChange } from './importers.schemas';

const PAGE = 1000;

export async function compileCatalogue(userId: string): Promise<AutoTagMatcher> {
  return new AutoTagMatcher((await listCatalogueNames(userId)) as NamedEntity[]);
}

export function changeFor(matcher: AutoTagMatcher, video: AutoTagCandidate): AutoTagChange | null {
  const found = matchPath(matcher, video.relPath);
  const ref = (e: NamedEntity) => ({ id: e.id, name: e.name });
  const addPerformers = found.performers.filter((p) => !video.personIds.includes(p.id)).map(ref);
  const addTags = found.tags.filter((t) => !video.tagIds.includes(t.id)).map(ref);
  const studio = video.studioId === null && found.studio ? ref(found.studio) : null;
  if (addPerformers.length === 0 && addTags.length === 0 && !studio) return null;
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return { assetId: video.id, title: video.title, relPath: video.relPath, addPerformers: addPerformers.sort(byName), studio, addTags: addTags.sort(byName) };
}

/** Pages of the scope: how many videos each page held, and the changes among them. */
export async function* planAutoTag(userId: string, scope: AutoTagScope, matcher: AutoTagMatcher): AsyncGenerator<{ scanned: number; changes: AutoTagChange[] }> {
  let after: string | null = null;
  for (;;) {
    const page = await listAutoTagCandidates(userId, scope, after, PAGE);
    if (page.length === 0) return;
    yield { scanned: page.length, changes: matcher.size === 0 ? [] : page.flatMap((v) => changeFor(matcher, v) ?? []) };
    if (page.length < PAGE) return;
    after = page[page.length - 1].id;
  }
}
