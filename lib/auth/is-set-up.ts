// Shoebox is set up once its first user exists: until then only /setup is open, afterwards
// /setup is gone.
import { countUsers } from '@/lib/users/users.queries';

export async function isSetUp(): Promise<boolean> {
  return (await countUsers()) > 0;
}
