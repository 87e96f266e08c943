// The actions lib/access answers for. Named after Immich's permissions: the domain before the
// dot is the kind of id, the word after it what the user wants to do.
import type { Role } from '@/lib/server/generated/prisma/enums';
export type AssetPermission = 'asset.read' | 'asset.update' | 'asset.download';
export type LibraryPermission = 'library.read' | 'library.update';
export type Permission = AssetPermission | LibraryPermission;

/** Who asks: the signed-in user's id and role (SessionUser fits). */
export interface Actor {
  id: string;
  role: Role;
}
