import { describe, expect, it } from 'vitest';
import { suggestOptions } from './suggest-options';

const P = '11111111-1111-4111-8111-111111111111';
const T = '22222222-2222-4222-8222-222222222222';

describe('top bar suggestions', () => {
  it('offers the text search first, then performers (their page), studios and tags (filtered catalogue) and videos', () => {
    const options = suggestOptions(' beach ', {
      performers: [{ id: P, name: 'Ann', imageUrl: null, videoCount: 3 }],
      studios: [{ id: 'S', name: 'Sun', imageUrl: null, videoCount: 1 }],
      tags: [{ id: T, name: 'beach', imageUrl: null, videoCount: 2 }],
      videos: [{ id: 'V', title: 'Beach day', thumbnailUrl: '/t' }],
    });
    expect(options.map((o) => [o.group, o.label, o.href])).toEqual([
      ['search', 'Search for “beach”', '/search?q=beach'],
      ['search', 'Search videos for “beach”', '/videos?q=beach'],
      ['performers', 'Ann', `/performers/${P}`],
      ['studios', 'Sun', '/videos?studios=S'],
      ['tags', 'beach', `/videos?tags=${T}`],
      ['videos', 'Beach day', '/videos/V'],
    ]);
  });

  it('offers nothing for blank text, and the text search alone before suggestions arrive', () => {
    expect(suggestOptions('  ', undefined)).toEqual([]);
    expect(suggestOptions('a&b', undefined).map((o) => o.href)).toEqual(['/search?q=a%26b', '/videos?q=a%26b']);
  });
});
