// argon2id at OWASP's minimum (19 MiB, t=2, p=1). Verifying an unknown account still costs
// one hash, so response time does not reveal which emails exist. Hashes made with weaker
// parameters (older installs, imports) are upgraded at the next successful login. Every hash
// and verification takes a slot (hash-slots.ts): half the cores at most, so hashing never
// starves the rest of the process.
import { availableParallelism } from 'node:os';
import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { HashSlots } from './hash-slots';

// Algorithm is a const enum, which isolated modules cannot read: 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;

const PARAMS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashSlots = new HashSlots(Math.max(1, Math.floor(availableParallelism() / 2)), 100);

export function hashPassword(password: string): Promise<string> {
  return hashSlots.run(() => hash(password, PARAMS));
}

let decoy: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null) {
    // Made once per process, outside the slots: a full line must not leave a failed decoy cached.
    decoy ??= hash('decoy password that matches nothing', PARAMS);
    const decoyHash = await decoy;
    await hashSlots.run(() => verify(decoyHash, password).catch(() => false));
    return false;
  }
  return hashSlots.run(() => verify(storedHash, password).catch(() => false));
}

/** True when a stored hash is not argon2id or is cheaper than PARAMS. */
export function needsRehash(storedHash: string): boolean {
  const m = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(storedHash);
  if (!m) return true;
  return Number(m[1]) < PARAMS.memoryCost || Number(m[2]) < PARAMS.timeCost;
}
