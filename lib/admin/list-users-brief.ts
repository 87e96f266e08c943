// Users as choices for "owner" pickers in admin forms.
import { listUserChoices } from '@/lib/users/users.queries';

export function listUsersBrief() {
  return listUserChoices();
}
