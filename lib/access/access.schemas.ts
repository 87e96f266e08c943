// The actions lib/access answers for. Named after Immich's permissions: the domain before the
// dot is the kind of id, the word after it what the user wants to do.
import type { Role } from '@/lib/server/generated/prisma/enums';
/** read/download: the owner, members of the asset's library, and the owner and members of an
 * album that holds it (while it is not in the owner's trash; an album member does not see it on
 * their timeline, only in the album). state: the reader's own favourite and archive, so the same people. update (trash,
 * restore, title, poster): the owner only. */
export type AssetPermission = 'asset.read' | 'asset.state' | 'asset.update' | 'asset.download';
/** read: an admin, the owner, a member. update (settings, scans, members): an admin or the owner. */
export type LibraryPermission = 'library.read' | 'library.update';
/** A user's own sign-ins and keys (settings): only their owner may end them. */
export type SessionPermission = 'session.revoke';
export type ApiKeyPermission = 'apiKey.delete';
/** Accounts and invitations: an admin's business only. */
export type UserPermission = 'user.manage';
export type InvitePermission = 'invite.revoke';
/** What a person wrote or marked on a video: only its author may change or remove it. */
export type MarkerPermission = 'marker.delete';
export type CommentPermission = 'comment.update';
/** A chapter a user added to a video: only they may remove it (a file's chapters, none). */
export type ChapterPermission = 'chapter.delete';
/** A clip a user exported from a video is theirs alone. read (status, file): while they may
 * still download the video; delete: always (their own file, even after the video left them). */
export type ClipPermission = 'clip.read' | 'clip.delete';
/** Performers, studios and tags: read = the owner, or anyone who can read a video linked to it
 * (a tag also through a performer's tags on such a video); update (edit, merge, delete, link
 * to a video, set image) = the owner only. */
export type PersonPermission = 'person.read' | 'person.update';
export type StudioPermission = 'studio.read' | 'studio.update';
export type TagPermission = 'tag.read' | 'tag.update';
export type OrganisePermission = PersonPermission | StudioPermission | TagPermission;
/** A detected face (lib/faces): read (its thumbnail) and update ("Not this person") are for
 * the owner of its photo only, as people from faces are (members of a shared library see no faces). */
export type FacePermission = 'face.read' | 'face.update';
/** A user's saved catalogue searches: theirs alone. */
export type SavedSearchPermission = 'savedSearch.delete';
/** Albums (lib/albums): read (see it, its items, its activity; like and comment) = the owner
 * and every member; contribute (add items; remove the items one added) = the owner and
 * contributors; update (rename, describe, cover, order, members, links, remove anyone's item,
 * delete) = the owner only. */
export type AlbumPermission = 'album.read' | 'album.contribute' | 'album.update';
/** A shared link (lib/shared-links) is managed (edit, revoke, delete) by the user who made it.
 * What a link holder may see is asked of linkAccess (link-access.ts), not of requireAccess:
 * a link holder is not a user. */
export type SharedLinkPermission = 'sharedLink.update';
/** A comment in an album's activity (lib/album-sharing): its author, while they may still read
 * the album, or the album's owner may delete it. */
export type AlbumCommentPermission = 'albumComment.delete';
export type Permission =
  | AssetPermission
  | LibraryPermission
  | SessionPermission
  | ApiKeyPermission
  | UserPermission
  | InvitePermission
  | MarkerPermission
  | CommentPermission
  | ChapterPermission
  | ClipPermission
  | OrganisePermission
  | FacePermission
  | SavedSearchPermission
  | AlbumPermission
  | SharedLinkPermission
  | AlbumCommentPermission;

/** The kind of id a permission is about: the word before its dot. */
type KindOf<P> = P extends `${infer K}.${string}` ? K : never;
export type AccessKind = KindOf<Permission>;

/** Who asks: the signed-in user's id and role (SessionUser fits). */
export interface Actor {
  id: string;
  role: Role;
}
