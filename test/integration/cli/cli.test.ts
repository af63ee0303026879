import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../../fixtures/index';
import type { FixtureName } from '../../fixtures/index';
import { IOS_BINARY_APP } from '../../fixtures/ios/apps';

const sha256Of = async (name: FixtureName): Promise<string> =>
  createHash('sha256')
    .update(await readFile(fixture(name)))
    .digest('hex');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dropship-cli-test-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Runs the real CLI in a child process (tsx loader), without any token in its environment. */
function dropship(args: string[], env: Record<string, string> = {}) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/_API_(TOKEN|KEY)$|^DROPSHIP_/.test(key)),
  );
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'main/cli/index.ts', ...args],
      { env: { ...clean, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? ((error as { code?: number }).code ?? 1) : 0;
        done({ code: typeof code === 'number' ? code : 1, stdout, stderr });
      },
    );
  });
}

describe('dropship CLI', () => {
  it('inspect --json prints the build, its SHA-256 and which services take it', async () => {
    const run = await dropship(['inspect', fixture('ios-binary-plist.ipa'), '--json']);
    expect(run.code).toBe(0);
    const facts = JSON.parse(run.stdout);
    expect(facts.build).toMatchObject({
      id: IOS_BINARY_APP.id,
      version: IOS_BINARY_APP.shortVersion,
    });
    expect(facts.sha256).toBe(await sha256Of('ios-binary-plist.ipa'));
    expect(
      facts.services.find((s: { service: string }) => s.service === 'productscience'),
    ).toMatchObject({
      accepted: false,
    });
  });

  it('upload --sandbox --json delivers and prints exactly one JSON document', async () => {
    const run = await dropship([
      'upload',
      fixture('android-plain.apk'),
      '--to',
      'installr,testio,bitbar,productscience',
      '--sandbox',
      '--json',
      '--bitbar-project',
      'Movies app (Android)',
      '--ps-project',
      'demo-android',
      '--release-notes',
      'From the CLI',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.ok).toBe(true);
    expect(report.deliveries.map((d: { state: string }) => d.state)).toEqual([
      'done',
      'done',
      'done',
      'done',
    ]);
    expect(report.deliveries[0].result.sha256).toBe(await sha256Of('android-plain.apk'));
  }, 60_000);

  it('exits 1 when a delivery fails, and says why', async () => {
    const run = await dropship([
      'upload',
      fixture('android-plain.apk'),
      '--to',
      'productscience',
      '--sandbox',
      '--ps-project',
      'no-such-project',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /✗ Product Science: Product Science has no project “no-such-project”/,
    );
    expect(run.stdout).toMatch(/Delivered to 0 of 1 service\./);
  }, 60_000);

  it('exits 2 on bad usage, a file that is not a build, or a missing token', async () => {
    const unknown = await dropship(['upload', fixture('android-plain.apk'), '--to', 'dropbox']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown service “dropbox”/);

    const text = join(dir, 'notes.txt');
    await writeFile(text, 'hello');
    const notBuild = await dropship(['upload', text, '--to', 'installr', '--sandbox']);
    expect(notBuild.code).toBe(2);
    expect(notBuild.stderr).toMatch(/notes\.txt is not a build/);

    const noToken = await dropship(['upload', fixture('android-plain.apk'), '--to', 'installr']);
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toMatch(/Set INSTALLR_API_TOKEN/);

    const refused = await dropship([
      'upload',
      fixture('ios-binary-plist.ipa'),
      '--to',
      'productscience',
      '--sandbox',
      '--ps-project',
      'demo-android',
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/Product Science takes \.apk files/);
  }, 60_000);

  it('reads tokens and addresses from the environment', async () => {
    // A real-service run, pointed at an address where nothing listens: the token is used
    // and the failure is the connection's, reported as a failed delivery.
    const run = await dropship(
      ['upload', fixture('android-plain.apk'), '--to', 'installr', '--json'],
      { INSTALLR_API_TOKEN: 'secret-from-env', DROPSHIP_INSTALLR_URL: 'http://127.0.0.1:9' },
    );
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.deliveries[0].error.message).toMatch(
      /Could not reach Installr at 127\.0\.0\.1:9/,
    );
    expect(run.stdout).not.toContain('secret-from-env');
  }, 90_000);
});
