// A comment is shown as the person wrote it: markup in it is characters on the page, never HTML.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ActivityEntry } from '@/lib/album-sharing/album-sharing.schemas';
import { ActivityEntryRow } from './ActivityEntryRow';

const user = { id: '00000000-0000-4000-8000-000000000001', name: 'Vera <script>' };
const now = new Date().toISOString();
const render = (entry: ActivityEntry, forItem = false, onDelete?: (id: string) => void) =>
  renderToStaticMarkup(createElement(ActivityEntryRow, { entry, forItem, onDelete }));

describe('ActivityEntryRow', () => {
  it('renders a comment with markup as text', () => {
    const body = '<img src=x onerror="alert(1)"><b>bold</b>';
    const html = render({ kind: 'comment', id: 'c1', assetId: null, user, body, createdAt: now, canDelete: false });
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;b&gt;bold&lt;/b&gt;');
    expect(html).toContain('Vera &lt;script&gt;');
    expect(html).not.toContain('Delete comment');
  });

  it('says who added how many items, with the first few pictures, and offers delete only when allowed', () => {
    const added = render({ kind: 'added', id: 'a', user: { id: user.id, name: 'Anna' }, count: 12, assetIds: ['a1', 'a2'], since: now, createdAt: now });
    expect(added).toMatch(/Anna<\/span> added 12 items/);
    expect(added.match(/<img /g)).toHaveLength(2);
    expect(added).toContain('+10 more');
    const mine = render({ kind: 'comment', id: 'c2', assetId: 'x', user, body: 'hi', createdAt: now, canDelete: true }, true, () => undefined);
    expect(mine).toContain('aria-label="Delete comment by Vera &lt;script&gt;"');
    expect(render({ kind: 'like', id: 'l', assetId: null, user, createdAt: now })).toMatch(/liked the album/);
  });
});
