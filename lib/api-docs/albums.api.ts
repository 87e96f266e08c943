// Albums: my own and those shared with me, their items in the album's order, and the viewer's
// neighbours inside one.
import {
  albumCreateSchema, albumItemsChangeSchema, albumItemsInputSchema, albumItemsPageSchema, albumItemsQuerySchema, albumListSchema, albumMoveSchema,
  albumNeighboursQuerySchema, albumNeighboursSchema, albumUpdateSchema, albumViewSchema,
  type AlbumItemsChange, type AlbumItemsPage, type AlbumList, type AlbumNeighbours, type AlbumView,
} from '@/lib/albums/albums.schemas';
import type { Documents } from './documents';
import { type ApiRoutes, json, noContent } from './operation';

const viewDocumented: Documents<typeof albumViewSchema, AlbumView> = true;
const listDocumented: Documents<typeof albumListSchema, AlbumList> = true;
const pageDocumented: Documents<typeof albumItemsPageSchema, AlbumItemsPage> = true;
const changeDocumented: Documents<typeof albumItemsChangeSchema, AlbumItemsChange> = true;
const neighboursDocumented: Documents<typeof albumNeighboursSchema, AlbumNeighbours> = true;
void [viewDocumented, listDocumented, pageDocumented, changeDocumented, neighboursDocumented];

export const albumRoutes: ApiRoutes = {
  albums: {
    GET: { summary: 'My albums and the albums shared with me (owner, my role, count, cover, dates)', access: 'user', answers: { 200: json('The albums, most recently changed first.', albumListSchema) } },
    POST: { summary: 'A new album of mine, with the chosen items in it (all readable by me, or nothing)', access: 'user', body: albumCreateSchema, answers: { 201: json('The album.', albumViewSchema) } },
  },
  'albums/[id]': {
    GET: { summary: 'One album I own or am a member of', access: 'user', answers: { 200: json('The album.', albumViewSchema) } },
    PATCH: { summary: 'Rename, describe, order or choose the cover (the owner)', access: 'user', body: albumUpdateSchema, answers: { 200: json('The album as changed.', albumViewSchema) } },
    DELETE: { summary: 'Delete the album (the owner); its photos and videos stay', access: 'user', answers: { 204: noContent('Deleted.') } },
  },
  'albums/[id]/assets': {
    GET: { summary: 'A page of the album’s items in its order, columnar', access: 'user', query: albumItemsQuerySchema, answers: { 200: json('The page.', albumItemsPageSchema) } },
    POST: { summary: 'Add items (owner, contributor); items already there are left as they are', access: 'user', body: albumItemsInputSchema, answers: { 200: json('How many were added, and the count.', albumItemsChangeSchema) } },
  },
  'albums/[id]/assets/remove': {
    POST: {
      summary: 'Remove items (the owner: any; a contributor: the ones they added, else 404 for all); the photos stay',
      access: 'user',
      body: albumItemsInputSchema,
      answers: { 200: json('How many were removed, and the count.', albumItemsChangeSchema) },
    },
  },
  'albums/[id]/move': {
    POST: { summary: 'Put an item just before or after another (the owner); a date order becomes manual', access: 'user', body: albumMoveSchema, answers: { 200: json('The album.', albumViewSchema) } },
  },
  'albums/[id]/neighbours': {
    GET: { summary: 'The items before and after one in the album’s order (the viewer’s arrows)', access: 'user', query: albumNeighboursQuerySchema, answers: { 200: json('Previous and next.', albumNeighboursSchema) } },
  },
};
