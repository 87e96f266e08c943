// The invites an admin may still revoke: unused and not expired.
import { listPendingInvites } from './users.queries';

export function listInvites() {
  return listPendingInvites();
}
