// `npm run shoebox -- <command>`: administration from the server's shell.
//   scan <library name or id>   scan now, with progress; ingest too when no worker is running
import { disconnectPrisma } from '@/lib/server/db';
import { connectCli } from './cli/connect';
import { scanCommand } from './cli/scan-command';

const USAGE = 'Usage: npm run shoebox -- scan <library name or id>';

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command !== 'scan' || rest.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const connection = await connectCli();
  try {
    await scanCommand(rest[0]);
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
