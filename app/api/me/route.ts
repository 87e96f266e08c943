// GET /api/me – who I am, and my preferences. PATCH /api/me – change my name, email or
// preferences ({ blurPreviews }: safe-for-work previews).
import { getPreferences } from '@/lib/users/get-preferences';
import { updateProfile } from '@/lib/users/update-profile';
import { updateProfileSchema } from '@/lib/users/users.schemas';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth(async ({ user }) =>
  json({ user: { id: user.id, email: user.email, name: user.name, role: user.role, ...(await getPreferences(user.id)) } }),
);

export const PATCH = withAuth(async ({ req, user }) => {
  const change = await parseJsonBody(req, updateProfileSchema);
  const updated = await updateProfile(user.id, change);
  return json({ user: { id: updated.id, email: updated.email, name: updated.name, role: updated.role, ...(await getPreferences(user.id)) } });
}, { changesSessions: true });
