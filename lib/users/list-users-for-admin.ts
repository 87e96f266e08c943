// The admin's list of accounts with role and state. Admin-only routes and pages call it.
import { listUsers } from './users.queries';

export function listUsersForAdmin() {
  return listUsers();
}
