// user:delete — remove a deleted user's data (never their original files).
import { deleteUserData } from '@/lib/users/delete-user-data';
import { defineTask } from './define-task';

export default defineTask('user:delete', async ({ userId }) => {
  await deleteUserData(userId);
});
