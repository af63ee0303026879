import { describe, expect, it } from 'vitest';
import { BuildDiffSchema } from '../../../shared/domain/build-diff';
import { fixture } from '../../fixtures';
import { FULL_APP, FULL_APP_V2 } from '../../fixtures/android/apps';
import { runCli } from '../../support/run-cli';

describe('dropship diff', () => {
  it('names what changed between two builds of one app, with old and new values in JSON', async () => {
    const run = await runCli([
      'diff',
      fixture('android-full.apk'),
      fixture('android-full-v2.apk'),
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const diff = BuildDiffSchema.parse(JSON.parse(run.stdout));
    expect(diff.appId).toBe(FULL_APP.packageName);
    expect(diff.warnings).toEqual([]);
    const byKind = (kind: string) => diff.changes.filter((c) => c.kind === kind);
    expect(byKind('build')).toEqual([
      {
        kind: 'build',
        label: 'Build number',
        old: String(FULL_APP.versionCode),
        new: String(FULL_APP_V2.versionCode),
      },
    ]);
    expect(byKind('version')[0]).toMatchObject({
      old: FULL_APP.versionName,
      new: FULL_APP_V2.versionName,
    });
    expect(byKind('permission-added')).toEqual([
      expect.objectContaining({ new: 'android.permission.RECORD_AUDIO' }),
    ]);
    expect(byKind('abi-removed')).toEqual([expect.objectContaining({ old: 'armeabi-v7a' })]);
    const areas = byKind('area');
    const armv7 = areas.find((c) => c.label.includes('armeabi-v7a'));
    expect(armv7).toMatchObject({ new: 0 });
    expect(armv7?.bytes).toBe(-Number(armv7?.old));
    expect(areas.find((c) => c.label.startsWith('Assets'))?.bytes).not.toBe(0);
    const size = byKind('size')[0];
    expect(size?.bytes).toBe(Number(size?.new) - Number(size?.old));
  });

  it('warns in words when the newer build would not be offered as an update', async () => {
    const run = await runCli(['diff', fixture('android-full-v2.apk'), fixture('android-full.apk')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("testers won't be offered this as an update");
    expect(run.stdout).toMatch(/\+ Native code for armeabi-v7a/);
    expect(run.stdout).toMatch(/- Permission android\.permission\.RECORD_AUDIO/);
  });

  it('refuses a file that is not a build, with exit code 2', async () => {
    const run = await runCli([
      'diff',
      fixture('broken-not-a-zip.apk'),
      fixture('android-full.apk'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not a/i);
  });
});
