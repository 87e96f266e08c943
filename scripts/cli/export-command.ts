// `shoebox export <user> [--out file]`: one user's metadata as JSON (stdout, or a file).
import { writeFile } from 'node:fs/promises';
import { exportUserData } from '@/lib/user-export/export-user-data';

export async function exportCommand(userRef: string, out: string | undefined): Promise<void> {
  const data = await exportUserData(userRef);
  const json = `${JSON.stringify(data, null, 2)}\n`;
  if (!out) {
    process.stdout.write(json);
    return;
  }
  await writeFile(out, json);
  console.error(`Exported ${data.assets.length} assets, ${data.tags.length} tags, ${data.people.length} people of ${data.user.email} to ${out}`);
}
