// `npm run shoebox -- <command>`: administration from the server's shell.
//   scan <library name or id>   scan now, with progress; ingest too when no worker is running
//   videos [--chapters]         preview media per video: done / pending / failed, with progress;
//                               --chapters first reads every ready video's chapters from its file
//   models pull                 download the ML models ahead of first use (no database needed)
//   backup                      back up the database now (DATA_DIR/backups), with retention
//   restore <file|s3:name>      restore a backup (a file, or one kept in the bucket) into an empty database, then migrate
//   export <user> [--out file]  a user's metadata (favourites, ratings, markers, tags…) as JSON
//   import <user> <file>        that JSON back onto the same files (path + checksum)
//   ml                          queue the ML analysis of assets missing a part, with progress
//   storage migrate --to s3|local  copy derived files to the other storage, resumable (no database needed)
import { disconnectPrisma } from '@/lib/server/db';
import { backupCommand } from './cli/backup-command';
import { connectCli } from './cli/connect';
import { exportCommand } from './cli/export-command';
import { importCommand } from './cli/import-command';
import { modelsPullCommand } from './cli/models-command';
import { scanCommand } from './cli/scan-command';
import { storageMigrateCommand } from './cli/storage-command';
import { mlCommand } from './cli/ml-command';
import { restoreCommand } from './cli/restore-command';
import { videosCommand } from './cli/videos-command';

const USAGE =
  'Usage: npm run shoebox -- scan <library name or id> | videos [--chapters] | ml | models pull | backup | restore <file|s3:name> | export <user> [--out file] | import <user> <file> | storage migrate --to s3|local';

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'models' && rest.length === 1 && rest[0] === 'pull') return modelsPullCommand();
  if (command === 'storage' && rest.length === 3 && rest[0] === 'migrate' && rest[1] === '--to' && (rest[2] === 's3' || rest[2] === 'local')) {
    return storageMigrateCommand(rest[2]);
  }
  const valid =
    (command === 'scan' && rest.length === 1) ||
    (command === 'backup' && rest.length === 0) ||
    (command === 'restore' && rest.length === 1) ||
    (command === 'export' && (rest.length === 1 || (rest.length === 3 && rest[1] === '--out'))) ||
    (command === 'import' && rest.length === 2) ||
    (command === 'videos' && (rest.length === 0 || (rest.length === 1 && rest[0] === '--chapters'))) ||
    (command === 'ml' && rest.length === 0);
  if (!valid) {
    console.error(USAGE);
    return 2;
  }
  const connection = await connectCli({ migrate: command !== 'restore' });
  try {
    if (command === 'scan') await scanCommand(rest[0]);
    else if (command === 'backup') await backupCommand();
    else if (command === 'restore') await restoreCommand(rest[0]);
    else if (command === 'export') await exportCommand(rest[0], rest[2]);
    else if (command === 'import') await importCommand(rest[0], rest[1]);
    else if (command === 'ml') await mlCommand();
    else await videosCommand({ chapters: rest[0] === '--chapters' });
    return 0;
  } finally {
    await disconnectPrisma();
    await connection.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
