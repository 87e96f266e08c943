// With STORAGE_DRIVER=s3, a backup is kept in the bucket too (under backups/, encrypted like
// every object when STORAGE_ENCRYPTION_KEY is set), and retention prunes the bucket's copies
// the same way as the local folder's.
import { randomBytes } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startLoopbackS3 } from '../support/s3-server';

// App modules read env once, at import: the S3 settings must be in place before the first.
const s3 = await startLoopbackS3();
Object.assign(process.env, s3.env, { S3_PREFIX: 'household', STORAGE_ENCRYPTION_KEY: randomBytes(32).toString('base64') });

const { runBackup } = await import('@/lib/backups/run-backup');
const { fetchBucketBackup } = await import('@/lib/backups/backup-target');
const { listObjects, readObject } = await import('@/lib/storage/storage');
const { S3Driver } = await import('@/lib/storage/s3-driver');
const { createUser } = await import('../support/factories');

afterAll(async () => {
  await s3.close();
});

async function bucketBackups(): Promise<string[]> {
  const keys: string[] = [];
  for await (const page of listObjects('backups/')) keys.push(...page.map((o) => o.key));
  return keys.sort();
}

describe('backups with object storage', () => {
  it('go to the bucket as well as the local folder, readable back byte for byte, and retention prunes both', async () => {
    await createUser({ email: 'kept-in-the-bucket@example.com' });
    const databaseUrl = process.env.DATABASE_URL!;
    const dataDir = process.env.DATA_DIR!;
    const retention = { keepDaily: 1, keepWeekly: 0 };

    const first = await runBackup({ databaseUrl, dataDir, retention, now: new Date('2026-11-28T02:30:00Z') });
    expect(first.locations).toContain(`s3://${s3.bucket}/household/backups/${first.name}`);
    expect(await bucketBackups()).toEqual([`backups/${first.name}`]);
    const stored = await readObject(`backups/${first.name}`);
    expect(stored?.equals(await readFile(first.file))).toBe(true);

    // The bucket holds ciphertext (Shoebox's encrypted format), not a dump anyone with the
    // bucket could restore.
    const raw = new S3Driver({ endpoint: s3.endpoint, bucket: s3.bucket, region: 'us-east-1', accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey, forcePathStyle: true, prefix: 'household/' });
    const rawBytes = (await raw.read(`backups/${first.name}`))!;
    expect(rawBytes.subarray(0, 6).toString('latin1')).toBe('SBXENC');
    expect(rawBytes.includes(stored!.subarray(0, 64))).toBe(false);

    const second = await runBackup({ databaseUrl, dataDir, retention, now: new Date('2026-11-29T02:30:00Z') });
    expect(await bucketBackups()).toEqual([`backups/${second.name}`]);
    expect(await readdir(path.join(dataDir, 'backups'))).toEqual([second.name]);
    expect(second.removed).toEqual(expect.arrayContaining([`s3://${s3.bucket}/household/backups/${first.name}`]));

    // The machine is gone: `restore s3:<name>` fetches the bucket's copy, decrypted, byte for byte.
    const original = await readFile(second.file);
    await rm(second.file);
    const fetched = await fetchBucketBackup(second.name, dataDir);
    expect((await readFile(fetched)).equals(original)).toBe(true);
    await expect(fetchBucketBackup('../../etc/passwd', dataDir)).rejects.toThrow(/not the name of a Shoebox backup/);
  });
});
