// The register page's question: is this invitation link still usable (not used, revoked,
// expired or tried too often)? Returns the email it is bound to, or null when it is not usable.
import { hashToken } from '@/lib/auth/secret-token';
import { findUsableInvite } from './users.queries';

export async function checkInvite(token: string): Promise<{ email: string | null } | null> {
  if (token.length > 200) return null;
  const invite = await findUsableInvite(hashToken(token));
  return invite ? { email: invite.email } : null;
}
