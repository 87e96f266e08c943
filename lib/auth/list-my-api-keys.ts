// The user's API keys, revoked ones included, never their secrets.
import { listApiKeys } from './api-keys.queries';

export function listMyApiKeys(userId: string) {
  return listApiKeys(userId);
}
