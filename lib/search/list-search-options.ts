// The /search page's filter controls: values found on what the user can search, so every chip
// and swatch offered finds something.
import type { Actor } from '@/lib/access/access.schemas';
import { timelineReaderOf } from '@/lib/timeline/timeline-reader';
import { searchableSql } from './asset-search.queries';
import { selectSearchCameras, selectSearchColours, selectSearchLibraries, selectSearchPeople, selectSearchQuestions } from './search-options.queries';
import type { SearchOptions } from './search.schemas';

export async function listSearchOptions(actor: Actor): Promise<SearchOptions> {
  const where = searchableSql(await timelineReaderOf(actor.id));
  const [people, cameras, colours, questions, libraries] = await Promise.all([
    selectSearchPeople(where),
    selectSearchCameras(where),
    selectSearchColours(where),
    selectSearchQuestions(where),
    selectSearchLibraries(actor.id),
  ]);
  return { people, cameras, colours, questions, libraries };
}
