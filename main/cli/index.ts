#!/usr/bin/env node
/**
 * The Dropship command line, on the same core as the app:
 *   dropship upload FILE --to installr,testio,bitbar,productscience [options] [--json]
 *   dropship inspect FILE [--json]
 *   dropship diff OLD NEW [--json]
 *   dropship history [filters] [--json]
 * Exit status: 0 every delivery succeeded, 1 a delivery failed, 2 bad usage or input.
 */
import { DropshipError } from '../../shared/errors';
import { parseCommand, USAGE, UsageError } from './args';

/** Input the person can fix: their flags, their file, their tokens. */
const INPUT_CODES = new Set(['invalid_input', 'unsupported_file', 'not_found', 'not_connected']);

export async function main(argv: string[], env = process.env): Promise<number> {
  const { stdout: out, stderr: err } = process;
  try {
    const command = parseCommand(argv);
    if (command.name === 'help') {
      out.write(`${USAGE}\n`);
      return 0;
    }
    // Each command loads only what it needs: `inspect` starts without the HTTP stack.
    if (command.name === 'inspect') {
      const { inspectCommand } = await import('./commands/inspect');
      return await inspectCommand(command.file!, command.options.json ?? false, out);
    }
    if (command.name === 'history') {
      const { historyCommand } = await import('./commands/history');
      return await historyCommand(command.options, env, out);
    }
    if (command.name === 'diff') {
      const { diffCommand } = await import('./commands/diff');
      return await diffCommand(command.file!, command.other!, command.options.json ?? false, out);
    }
    const { uploadCommand } = await import('./commands/upload');
    return await uploadCommand(command.file!, command.options, {
      out,
      err,
      env,
      onInterrupt: (cancel) => process.once('SIGINT', cancel),
    });
  } catch (error) {
    if (error instanceof UsageError) {
      err.write(`dropship: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof DropshipError) {
      err.write(`dropship: ${error.message}${error.hint ? `\n  ${error.hint}` : ''}\n`);
      return INPUT_CODES.has(error.code) ? 2 : 1;
    }
    err.write(`dropship: ${(error as Error)?.stack ?? String(error)}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  () => process.exit(1),
);
