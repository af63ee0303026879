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
  const json = argv.includes('--json');
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
    const failure = describeFailure(error);
    if (json) {
      // --json promises one JSON document on stdout whatever happens.
      out.write(
        `${JSON.stringify({ ok: false, error: failure.error, deliveries: [] }, null, 2)}\n`,
      );
    } else if (error instanceof UsageError) {
      err.write(`dropship: ${error.message}\n\n${USAGE}\n`);
    } else {
      const { message, hint } = failure.error;
      err.write(`dropship: ${failure.stack ?? message}${hint ? `\n  ${hint}` : ''}\n`);
    }
    return failure.exitCode;
  }
}

/** What went wrong before any delivery could start, for a person and for --json. */
function describeFailure(error: unknown): {
  error: { code: string; message: string; hint?: string; fields?: Record<string, string> };
  exitCode: number;
  stack?: string;
} {
  if (error instanceof UsageError) {
    return { error: { code: 'usage', message: error.message }, exitCode: 2 };
  }
  if (error instanceof DropshipError) {
    const { code, message, hint, fields } = error.toShape();
    return {
      error: { code, message, ...(hint ? { hint } : {}), ...(fields ? { fields } : {}) },
      exitCode: INPUT_CODES.has(code) ? 2 : 1,
    };
  }
  const stack = (error as Error)?.stack ?? String(error);
  return {
    error: { code: 'internal', message: 'Something went wrong inside Dropship.' },
    exitCode: 1,
    stack,
  };
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  () => process.exit(1),
);
