import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { profileBuild } from '../../../main/core/diff/build-profile';
import { BuildHistorySchema, ReleaseNotesDraftSchema } from '../../../shared/contract/history';
import { accountKeyOf } from '../../../main/core/history/record-job';
import { fixture, type FixtureName } from '../../fixtures/index';
import { delivery } from '../../support/deliveries';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';

let harness: CoreHarness;
beforeEach(async () => {
  harness = await startCoreHarness();
});
afterEach(() => harness.close());

const shaOf = (name: FixtureName) =>
  createHash('sha256')
    .update(readFileSync(fixture(name)))
    .digest('hex');

async function call(channel: string, input: unknown) {
  return harness.core.dispatch(channel, input);
}

/** The answer for a fixture dropped as is (its path, its real SHA-256). */
async function forBuild(name: FixtureName) {
  const answer = await call('history.forBuild', { path: fixture(name), sha256: shaOf(name) });
  if (!answer.ok) throw new Error(answer.error.message);
  return BuildHistorySchema.parse(answer.value);
}

async function draft(input: { appId: string; folder?: string }) {
  const answer = await call('history.draftReleaseNotes', input);
  if (!answer.ok) throw new Error(answer.error.message);
  return ReleaseNotesDraftSchema.parse(answer.value);
}

async function recordDelivered(name: FixtureName, over: Parameters<typeof delivery>[1] = {}) {
  const { ctx } = harness.core;
  const profile = await profileBuild(fixture(name));
  ctx.history.record(
    delivery(1, {
      accountKey: accountKeyOf(ctx.accounts.summary('installr')),
      appId: profile.id,
      version: profile.version,
      build: profile.build,
      sha256: shaOf(name),
      profile,
      ...over,
    }),
  );
}

describe('history.forBuild', () => {
  it('knows nothing of a first build', async () => {
    expect(await forBuild('android-plain.apk')).toEqual({ alreadyDelivered: [] });
  });

  it('finds the same bytes on the same account, and diffs the next build against them', async () => {
    await recordDelivered('android-full.apk');
    const again = await forBuild('android-full.apk');
    expect(again.alreadyDelivered).toEqual([
      expect.objectContaining({ service: 'installr', build: '2147483000' }),
    ]);
    expect(again.diff).toBeUndefined(); // the same bytes: nothing changed

    const next = await forBuild('android-full-v2.apk');
    expect(next.alreadyDelivered).toEqual([]);
    const kinds = next.diff!.changes.map((c) => `${c.kind} ${c.new ?? c.old}`);
    expect(kinds).toContain('permission-added android.permission.RECORD_AUDIO');
    expect(kinds).toContain('abi-removed armeabi-v7a');
    expect(next.diff!.warnings).toEqual([]);
  });

  it('does not count a delivery to another account, and still answers for an unreadable file', async () => {
    await recordDelivered('android-plain.apk', {
      accountKey: 'installr https://other.test Team B',
    });
    const dir = await mkdtemp(join(tmpdir(), 'dropship-forbuild-'));
    try {
      const broken = join(dir, 'broken.apk');
      await writeFile(broken, 'not a zip');
      const answer = await call('history.forBuild', {
        path: broken,
        sha256: shaOf('android-plain.apk'),
      });
      expect(answer).toEqual({ ok: true, value: { alreadyDelivered: [] } });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a SHA-256 that is not one', async () => {
    const answer = await call('history.forBuild', { path: '/x.apk', sha256: 'abc' });
    expect(answer.ok).toBe(false);
  });
});

describe('history.draftReleaseNotes', () => {
  it('asks for the repository once, remembers it per app, and starts at the last delivered commit', async () => {
    const repo = await mkdtemp(join(tmpdir(), 'dropship-repo-'));
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', repo, '-c', 'user.name=T', '-c', 'user.email=t@x.test', ...args], {
        encoding: 'utf8',
      }).trim();
    try {
      git('init', '-q');
      git('commit', '-q', '--allow-empty', '-m', 'feat: first');
      const delivered = git('rev-parse', 'HEAD');
      git('commit', '-q', '--allow-empty', '-m', 'fix: second');
      const appId = 'com.example.notes';

      expect(await draft({ appId })).toEqual({ kind: 'needs-folder' });
      const notARepo = await call('history.draftReleaseNotes', { appId, folder: tmpdir() });
      expect(notARepo.ok).toBe(false);
      expect(harness.settings.read().appRepositories[appId]).toBeUndefined();

      expect(await draft({ appId, folder: repo })).toMatchObject({
        kind: 'draft',
        folder: repo,
        head: git('rev-parse', 'HEAD'),
        text: 'New\n- First\n\nFixed\n- Second',
      });
      expect(harness.settings.read().appRepositories[appId]).toBe(repo);

      harness.core.ctx.history.record(delivery(1, { appId, commit: delivered }));
      expect(await draft({ appId })).toMatchObject({
        kind: 'draft',
        since: 'the last delivered build',
        commits: 1,
        text: 'Fixed\n- Second',
      });
    } finally {
      await rm(repo, { recursive: true, force: true });
    }
  });
});
