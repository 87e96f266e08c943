// The signed-in user's preferences: what pages render with (blurred previews from the first
// paint) and what GET/PATCH /api/me answer.
import { findUserPreferences } from './users.queries';

export interface UserPreferences {
  blurPreviews: boolean;
}

export async function getPreferences(userId: string): Promise<UserPreferences> {
  const row = await findUserPreferences(userId);
  return { blurPreviews: row?.blurPreviews ?? false };
}
