import { describe, expect, it } from 'vitest';
import { AutoTagMatcher, matchPath, type NamedEntity } from './auto-tag-matcher';

const p = (name: string, aliases: string[] = []): NamedEntity => ({ kind: 'performer', id: name, name, aliases });
const names = (m: AutoTagMatcher, path: string) => m.match(path).map((x) => x.entity.name).sort();

describe('AutoTagMatcher (Stash rules)', () => {
  const jane = new AutoTagMatcher([p('Jane Doe')]);

  it.each(['Jane.Doe.1', 'Jane_Doe.2', 'Jane-Doe.3', 'Jane Doe.4', 'Mary-Jane-Doe', 'Jane-Doe_n', '[OF]jane doe', 'JANEDOE', 'x/jane..doe/y', 'jane - doe'])(
    'matches %s',
    (path) => expect(names(jane, path)).toEqual(['Jane Doe']),
  );

  it.each(['Maryjane-Doe', 'Jane-Doen', 'jane/doe', 'ja.ne doe', 'jane, doe', 'Doe Jane'])('does not match %s', (path) => expect(names(jane, path)).toEqual([]));

  it('whole words only: Ann is not Annabel, beach is not beaches', () => {
    const m = new AutoTagMatcher([p('Ann'), { kind: 'tag', id: 'b', name: 'beach', aliases: [] }]);
    expect(names(m, 'Annabel at the beaches')).toEqual([]);
    expect(names(m, 'Ann at the Beach (2020)')).toEqual(['Ann', 'beach']);
  });

  it('aliases match for every kind, and punctuation inside a name may be repeated in the path', () => {
    const m = new AutoTagMatcher([p('Robert Smith', ['Bob Smith']), p("Lily O'Neil"), p('A.J. Applegate')]);
    expect(names(m, 'clips/bob_smith - scene')).toEqual(['Robert Smith']);
    expect(names(m, "Lily O'Neil and aj applegate")).toEqual(['A.J. Applegate', "Lily O'Neil"]);
    expect(names(m, 'lily.oneil')).toEqual(["Lily O'Neil"]);
  });

  it('folder names count, the extension does not; the right-most studio wins', () => {
    const m = new AutoTagMatcher([
      { kind: 'studio', id: 's1', name: 'North Films', aliases: [] },
      { kind: 'studio', id: 's2', name: 'South', aliases: ['SouthCo'] },
      { kind: 'tag', id: 't', name: 'mp4', aliases: [] },
    ]);
    const r = matchPath(m, 'North Films/Southco/clip.mp4');
    expect([r.studio?.id, r.tags]).toEqual(['s2', []]);
    expect(matchPath(m, 'North.Films/clip.mkv').studio?.id).toBe('s1');
  });

  it('non-Latin letters are letters, not boundaries', () => {
    const m = new AutoTagMatcher([p('Zoë'), p('東京')]);
    expect(names(m, 'zoëlle')).toEqual([]);
    expect(names(m, 'Zoë in 東京')).toEqual(['Zoë', '東京']);
  });
});
