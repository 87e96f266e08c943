'use client';
// The cards of one page in a uniform grid (react-virtuoso's VirtuosoGrid over the window's
// scroll): only the rows near the screen are in the DOM, which keeps a 96-card page, and part
// 2's longer lists, light. Columns follow the width: 1 on a phone, up to 5 on a wide screen;
// every card has the same size (16:9 poster, two title lines, one line of hints).
import { type ComponentProps, forwardRef } from 'react';
import { VirtuosoGrid, type GridComponents } from 'react-virtuoso';
import type { CatalogueCard } from '@/lib/client/catalogue-contract';
import { CardContextMenu } from './CardContextMenu';
import type { SelectionProps } from './selection';
import { VideoCard } from './VideoCard';

const List = forwardRef<HTMLUListElement, ComponentProps<'ul'>>(function List({ children, className, style }, ref) {
  return (
    <ul ref={ref} style={style} className={`grid grid-cols-1 gap-x-4 gap-y-6 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4 2xl:grid-cols-5 ${className ?? ''}`} data-testid="video-grid">
      {children}
    </ul>
  );
});

const Item = ({ children, className, style, ...rest }: ComponentProps<'li'>) => (
  <li {...rest} style={style} className={`min-w-0 ${className ?? ''}`}>
    {children}
  </li>
);

const components = { List, Item } as GridComponents<unknown, HTMLUListElement>;

/** Cards rendered before measuring (server render and first paint): two rows of the widest grid. */
const FIRST_PAINT = 10;

export function VideoGrid({ videos, selection }: { videos: CatalogueCard[]; selection: SelectionProps | null }) {
  return (
    <VirtuosoGrid
      useWindowScroll
      data={videos}
      components={components}
      computeItemKey={(_index, video) => video.id}
      initialItemCount={Math.min(videos.length, FIRST_PAINT)}
      increaseViewportBy={{ top: 400, bottom: 800 }}
      itemContent={(_index, video) => (
        <CardContextMenu video={video}>
          <div>
            <VideoCard video={video} selected={selection?.isSelected(video.id)} onSelect={selection ? (range) => selection.toggle(video.id, range) : undefined} />
          </div>
        </CardContextMenu>
      )}
    />
  );
}
