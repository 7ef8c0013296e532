/**
 * Entry point of `npm run -s specwright -- <command>`: hands argv to the dispatcher with the real IO and sets
 * the exit code. Everything testable lives in run.ts and commands/.
 */
import { nodeIO } from './io';
import { runCli } from './run';

// Piping into `head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

process.exitCode = await runCli(process.argv.slice(2), nodeIO());
