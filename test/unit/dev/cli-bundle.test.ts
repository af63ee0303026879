import { execFile } from 'node:child_process';
import { readdir, readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../../main/dev/build.mjs';
import { fixture } from '../../fixtures';
import { PLAIN_APP } from '../../fixtures/android/apps';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dropship-cli-bundle-'));
  await buildCli(dir);
}, 60_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

/** The code Node evaluates before `dropship inspect` reads a file: static imports only. */
async function loadedFor(command: string): Promise<string> {
  const files = await readdir(dir);
  const chunk = files.find((f) => f.startsWith(`${command}-`) && f.endsWith('.mjs'));
  if (!chunk) throw new Error(`no chunk for ${command} in ${files.join(', ')}`);
  const seen = new Set<string>();
  const visit = async (file: string): Promise<string> => {
    if (seen.has(file)) return '';
    seen.add(file);
    const code = await readFile(join(dir, file), 'utf8');
    const imports = [...code.matchAll(/^(?:import|} from) (?:.* from )?"\.\/([^"]+)";$/gm)];
    const more = await Promise.all(imports.map((m) => visit(m[1]!)));
    return [code, ...more].join('\n');
  };
  return (await visit('dropship.mjs')) + (await visit(chunk));
}

describe('the shipped CLI (dist/cli)', () => {
  it('starts `inspect` without zod, plist, the worker pool or the HTTP client', async () => {
    const code = await loadedFor('inspect');
    expect(code).toContain('node_modules/yauzl/'); // it does read zips: the walk found the chunks
    expect(code).not.toContain('node_modules/zod/');
    expect(code).not.toContain('node_modules/plist/');
    expect(code).not.toContain('node_modules/undici/');
    expect(code).not.toContain('node:worker_threads');
  });

  it('reads a build on its own, and diffs two through the inspection worker', async () => {
    const run = promisify(execFile);
    const cli = join(dir, 'dropship.mjs');
    const inspected = await run(process.execPath, [
      cli,
      'inspect',
      fixture('android-plain.apk'),
      '--json',
    ]);
    expect(JSON.parse(inspected.stdout).build.id).toBe(PLAIN_APP.packageName);
    const diffed = await run(process.execPath, [
      cli,
      'diff',
      fixture('android-full.apk'),
      fixture('android-full-v2.apk'),
    ]);
    expect(diffed.stdout).toMatch(/Build number: \d+ → \d+/);
  });

  it('ships the inspection worker beside it, for upload and diff', async () => {
    expect(await readdir(dir)).toContain('inspect-worker.cjs');
  });
});
