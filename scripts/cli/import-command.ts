// `shoebox import <user> <file>`: a user's exported metadata back onto the same files.
import { readFile } from 'node:fs/promises';
import { importUserData } from '@/lib/user-export/import-user-data';

export async function importCommand(userRef: string, file: string): Promise<void> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read ${file} as JSON (nothing was imported): ${(error as Error).message}`);
  }
  const report = await importUserData(userRef, json);
  for (const u of report.unmatched) console.log(`  not applied: ${u.library}/${u.relPath} (${u.reason})`);
  console.log(`Imported: ${report.matched} assets matched, ${report.unmatched.length} not matched.`);
}
