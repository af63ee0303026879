import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Bad usage or input: the CLI prints the message (and usage) and exits with 2. */
export class UsageError extends Error {}

export const USAGE = `Usage:
  dropship upload FILE --to SERVICES [options] [--json] [--sandbox]
  dropship inspect FILE [--json]
  dropship diff OLD NEW [--json]      what changed between two builds of an app
  dropship history [--app ID] [--service S] [--version V] [--account NAME]
                   [--since DATE] [--until DATE] [--limit N] [--json]
                                      what Dropship delivered on this machine

SERVICES is a comma-separated list of installr, testio, bitbar, productscience.

Upload options
  --sandbox                      send to a freshly started local sandbox (no tokens needed)
  --json                         print one JSON document at the end instead of progress
  --concurrency N                transfers at once (default 4)
  --account NAME                 which account of each service (see below; default: the only one)
  --again                        send even to services that already have these exact bytes
                                 (by default they are skipped: a re-run CI job sends nothing twice)
  --proxy URL                    send through this proxy (http://user:password@host:port);
                                 default: HTTPS_PROXY / HTTP_PROXY, minus NO_PROXY
  --ca FILE                      also trust the certificate authorities in this PEM file
                                 (repeatable; NODE_EXTRA_CA_CERTS is trusted too)
Installr
  --release-notes TEXT           release notes
  --release-notes-from-git DIR   draft them from the commits since the last delivered build
  --notify TEAMS                 teams to notify (comma-separated); --notify-previous for all
  --add TEAMS                    teams to add silently; --add-previous for all
Test IO
  --testio-direct-limit MB       above this size, upload through storage (default 100)
Bitbar
  --bitbar-project ID|NAME       an existing project
  --bitbar-new-project NAME      create a project (with --bitbar-project-type ANDROID|IOS)
  --bitbar-kind KIND             application (default), test or data
Product Science
  --ps-project NAME              the project (required)
  --ps-build-type TYPE           APK (default) or INSTRUMENTED_APK
  --ps-name NAME                 build name (default: the build's version)
  --ps-description TEXT
  --ps-commit SHA --ps-commit-time ISO, or --ps-git DIR to read both from a git folder

Tokens come from INSTALLR_API_TOKEN, TESTIO_API_TOKEN, BITBAR_API_KEY and
PRODUCTSCIENCE_API_TOKEN; addresses from DROPSHIP_INSTALLR_URL, DROPSHIP_TESTIO_URL,
DROPSHIP_BITBAR_URL and DROPSHIP_PRODUCTSCIENCE_URL (default: the real services).
More accounts of a service: add __NAME to both (INSTALLR_API_TOKEN__QA_TEAM,
DROPSHIP_INSTALLR_URL__QA_TEAM) and pick one with --account QA_TEAM; the plain
variables are the account named Default.

The history is the desktop app's (its data folder, or DROPSHIP_DATA_DIR).

Exit status: 0 every delivery succeeded, 1 a delivery failed, 2 bad usage or input.`;

const options = {
  to: { type: 'string' },
  json: { type: 'boolean', default: false },
  sandbox: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  concurrency: { type: 'string' },
  proxy: { type: 'string' },
  ca: { type: 'string', multiple: true },
  'release-notes': { type: 'string' },
  'release-notes-from-git': { type: 'string' },
  again: { type: 'boolean', default: false },
  notify: { type: 'string' },
  add: { type: 'string' },
  'notify-previous': { type: 'boolean', default: false },
  'add-previous': { type: 'boolean', default: false },
  'testio-direct-limit': { type: 'string' },
  'bitbar-project': { type: 'string' },
  'bitbar-new-project': { type: 'string' },
  'bitbar-project-type': { type: 'string' },
  'bitbar-kind': { type: 'string' },
  'ps-project': { type: 'string' },
  'ps-build-type': { type: 'string' },
  'ps-name': { type: 'string' },
  'ps-description': { type: 'string' },
  'ps-commit': { type: 'string' },
  'ps-commit-time': { type: 'string' },
  'ps-git': { type: 'string' },
  app: { type: 'string' },
  service: { type: 'string' },
  version: { type: 'string' },
  account: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  limit: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export type CliOptions = ReturnType<typeof parse>['values'];

export interface Command {
  name: 'upload' | 'inspect' | 'diff' | 'history' | 'help';
  file?: string;
  /** `diff` only: the newer build (`file` is the older one). */
  other?: string;
  options: CliOptions;
}

function parse(argv: string[]) {
  return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
}

export function parseCommand(argv: string[]): Command {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [name, file, ...extra] = parsed.positionals;
  if (parsed.values.help || !name || name === 'help')
    return { name: 'help', options: parsed.values };
  if (name === 'history') {
    if (file) throw new UsageError(`Unexpected argument “${file}”.`);
    return { name, options: parsed.values };
  }
  if (name !== 'upload' && name !== 'inspect' && name !== 'diff') {
    throw new UsageError(`Unknown command “${name}”: use upload, inspect, diff or history.`);
  }
  if (name === 'diff') {
    if (!file || extra.length === 0)
      throw new UsageError('dropship diff needs OLD and NEW builds.');
    if (extra.length > 1) throw new UsageError(`Unexpected argument “${extra[1]}”.`);
    return { name, file, other: extra[0], options: parsed.values };
  }
  if (!file) throw new UsageError(`dropship ${name} needs a FILE.`);
  if (extra.length > 0) throw new UsageError(`Unexpected argument “${extra[0]}”.`);
  return { name, file, options: parsed.values };
}

export function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} takes a whole number above 0.`);
  return n;
}
