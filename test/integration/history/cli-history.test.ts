import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { HistoryPageSchema } from '../../../shared/domain/history';
import type { InstallrEmulator } from '../../../main/sandbox/installr/emulator';
import { startSandbox, type Sandbox } from '../../../main/sandbox';
import { runCli } from '../../support/run-cli';
import { fixture } from '../../fixtures';
import { PLAIN_APP } from '../../fixtures/android/apps';

let sandbox: Sandbox;
let dataDir: string;
let env: Record<string, string>;
const build = fixture('android-plain.apk');

beforeAll(async () => {
  sandbox = await startSandbox();
  dataDir = await mkdtemp(join(tmpdir(), 'dropship-history-cli-'));
  const installr = sandbox.services.installr!;
  const testio = sandbox.services.testio!;
  // The sandbox by address and token, as real services are given: the run joins the history.
  env = {
    DROPSHIP_DATA_DIR: dataDir,
    INSTALLR_API_TOKEN: installr.secret,
    DROPSHIP_INSTALLR_URL: installr.baseUrl,
    TESTIO_API_TOKEN: testio.secret,
    DROPSHIP_TESTIO_URL: testio.baseUrl,
  };
});
afterAll(async () => {
  await sandbox.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('dropship history', () => {
  it('lists what an upload delivered, with the bytes’ SHA-256 and links', async () => {
    const upload = await runCli(['upload', build, '--to', 'installr,testio', '--json'], env);
    expect(upload.code, upload.stderr).toBe(0);

    const run = await runCli(['history', '--json'], env);
    expect(run.code, run.stderr).toBe(0);
    const page = HistoryPageSchema.parse(JSON.parse(run.stdout));
    const sha256 = createHash('sha256')
      .update(await readFile(build))
      .digest('hex');
    expect(page.total).toBe(2);
    expect(page.deliveries.map((d) => d.service).sort()).toEqual(['installr', 'testio']);
    for (const d of page.deliveries) {
      expect(d).toMatchObject({
        outcome: 'delivered',
        appId: PLAIN_APP.packageName,
        version: PLAIN_APP.versionName,
        build: String(PLAIN_APP.versionCode),
        platform: 'android',
        sha256,
        fileName: 'android-plain.apk',
        account: 'Default',
      });
      expect(d.remoteId).toBeTruthy();
      expect(d.profile?.permissions).toEqual(PLAIN_APP.permissions);
    }
    expect(page.deliveries.find((d) => d.service === 'installr')?.links.length).toBeGreaterThan(0);

    const text = await runCli(['history', '--service', 'installr'], env);
    expect(text.stdout).toMatch(
      /Installr\s+delivered\s+Hello Dropship 1\.0 \(1\)\s+android-plain\.apk\s+sha256 [0-9a-f]{12}…/,
    );
    const none = await runCli(['history', '--service', 'bitbar', '--json'], env);
    expect(JSON.parse(none.stdout)).toEqual({ total: 0, deliveries: [] });
  });

  it('keeps a --sandbox run out of the machine’s history (that sandbox is gone after the run)', async () => {
    const before = JSON.parse((await runCli(['history', '--json'], env)).stdout).total as number;
    const run = await runCli(['upload', build, '--to', 'installr', '--sandbox', '--json'], {
      DROPSHIP_DATA_DIR: dataDir,
    });
    expect(run.code, run.stderr).toBe(0);
    const after = JSON.parse((await runCli(['history', '--json'], env)).stdout).total as number;
    expect(after).toBe(before);
  });

  it('a re-run sends nothing twice; --again sends anyway', async () => {
    const installr = sandbox.services.installr!.emulator as InstallrEmulator;
    const build = fixture('android-full.apk');
    const first = await runCli(['upload', build, '--to', 'installr,testio', '--json'], env);
    expect(first.code, first.stderr).toBe(0);
    const forms = installr.uploadForms.length;

    const rerun = await runCli(['upload', build, '--to', 'installr,testio', '--json'], env);
    expect(rerun.code, rerun.stderr).toBe(0);
    const report = JSON.parse(rerun.stdout) as {
      ok: boolean;
      deliveries: { service: string; state: string; since?: string; links?: unknown[] }[];
    };
    expect(report.ok).toBe(true);
    expect(report.deliveries.map((d) => [d.service, d.state]).sort()).toEqual([
      ['installr', 'already-delivered'],
      ['testio', 'already-delivered'],
    ]);
    expect(installr.uploadForms.length).toBe(forms); // nothing reached Installr
    const text = await runCli(['upload', build, '--to', 'installr'], env);
    expect(text.stdout).toMatch(
      /✓ Already on Installr since \d+ \w+ \d{4} \(build \d+\); not sent again\./,
    );

    const again = await runCli(['upload', build, '--to', 'installr', '--again', '--json'], env);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout).deliveries[0].state).toBe('done');
    expect(installr.uploadForms.length).toBe(forms + 1);

    const skips = await runCli(['history', '--json'], env);
    const outcomes = HistoryPageSchema.parse(JSON.parse(skips.stdout)).deliveries.map(
      (d) => d.outcome,
    );
    expect(outcomes.filter((o) => o === 'already-delivered')).toHaveLength(3);
  });

  it('drafts Installr release notes from the commits since the last delivered build', async () => {
    const installr = sandbox.services.installr!.emulator as InstallrEmulator;
    const repo = join(dataDir, 'repo');
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', repo, ...args], {
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'T',
          GIT_AUTHOR_EMAIL: 't@e.test',
          GIT_COMMITTER_NAME: 'T',
          GIT_COMMITTER_EMAIL: 't@e.test',
        },
      }).trim();
    execFileSync('git', ['init', '-q', '-b', 'main', repo]);
    git('commit', '-q', '--allow-empty', '-m', 'feat: sign in with a passkey');
    git('tag', 'v1');
    git('commit', '-q', '--allow-empty', '-m', 'fix: the map no longer freezes');
    const build = fixture('android-full-v2.apk');
    const send = (...extra: string[]) =>
      runCli(
        ['upload', build, '--to', 'installr', '--release-notes-from-git', repo, ...extra],
        env,
      );

    const first = await send();
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Release notes from 1 commit since v1:');
    // Multipart form fields carry line breaks as CRLF, as browsers send them.
    const lastNotes = () => installr.uploadForms.at(-1)?.releaseNotes?.replace(/\r\n/g, '\n');
    expect(lastNotes()).toBe('Fixed\n- The map no longer freezes');
    const head = git('rev-parse', 'HEAD');
    const history = HistoryPageSchema.parse(
      JSON.parse(
        (await runCli(['history', '--app', 'com.dropship.fixture', '--json'], env)).stdout,
      ),
    );
    expect(history.deliveries[0]?.commit).toBe(head);

    git('commit', '-q', '--allow-empty', '-m', 'feat: dark mode');
    const second = await send('--again');
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain(`since the last delivered build (${head.slice(0, 10)})`);
    expect(lastNotes()).toBe('New\n- Dark mode');
  });
});
