// The user's own albums and the albums shared with them (with the owner's name and their role),
// most recently changed first.
import type { Actor } from '@/lib/access/access.schemas';
import { toAlbumView } from './album-view';
import { selectAlbums } from './albums.queries';
import type { AlbumList } from './albums.schemas';

export async function listAlbums(user: Actor): Promise<AlbumList> {
  return { albums: (await selectAlbums(user.id)).map(toAlbumView) };
}
