import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InstallrEmulator } from '../../../main/sandbox/installr/emulator';
import { latestBuild } from '../../../main/sandbox/installr/model';
import type { UploadTargetInput } from '../../../shared/contract/uploads';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';
import { fastRetries, settle, startUpload } from '../transfer/upload-harness';
import { fixture } from '../../fixtures';

let harness: CoreHarness;
let installr: InstallrEmulator;

beforeEach(async () => {
  harness = await startCoreHarness({ uploads: fastRetries() });
  installr = harness.sandbox.services.installr!.emulator as InstallrEmulator;
});
afterEach(() => harness.close());

async function deliver(target: UploadTargetInput) {
  const { jobs } = await startUpload(harness.core, fixture('android-plain.apk'), [target]);
  const [job] = await settle(
    harness.core,
    jobs.map((j) => j.id),
  );
  expect(job?.state, job?.error?.message).toBe('done');
}

/** The app the sandbox made of android-plain.apk, and its newest build. */
function uploadedBuild() {
  const app = installr.account.apps.find((a) =>
    a.builds.some((b) => b.fileName === 'android-plain.apk'),
  );
  const build = app && latestBuild(app);
  if (!build) throw new Error('the sandbox has no build of android-plain.apk');
  return build;
}
const teamOf = (emails: string[]) =>
  emails.map((email) => installr.account.testers.find((t) => t.email === email)?.id);

describe('Installr upload form: release notes, notify and add reach the server', () => {
  it('sends the release notes and the chosen teams, comma-separated', async () => {
    await deliver({
      service: 'installr',
      releaseNotes: 'Fixes the crash on launch and the “Save” button',
      notify: ['QA', 'ops'],
      add: ['devs'],
    });
    expect(installr.uploadForms).toEqual([
      {
        releaseNotes: 'Fixes the crash on launch and the “Save” button',
        notify: 'QA,ops',
        add: 'devs',
      },
    ]);
    // …and the sandbox acted on them as Installr would.
    const build = uploadedBuild();
    expect(build.releaseNotes).toBe('Fixes the crash on launch and the “Save” button');
    const [ana, grace, dev] = teamOf([
      'ana.lima@example.com',
      'grace.kim@example.com',
      'dev.patel@example.com',
    ]);
    expect(build.team.get(ana!)).toBe('invited');
    expect(build.team.get(grace!)).toBe('invited');
    expect(build.team.get(dev!)).toBe('added');
  });

  it('sends `true` for the previous build’s testers, for notify and for add', async () => {
    await deliver({ service: 'installr', notify: ['QA'] });
    await deliver({ service: 'installr', notifyPreviousTesters: true });
    await deliver({ service: 'installr', addPreviousTesters: true, notify: ['ops'] });
    expect(installr.uploadForms).toEqual([
      { notify: 'QA' },
      { notify: 'true' },
      { notify: 'ops', add: 'true' },
    ]);
    const [ana] = teamOf(['ana.lima@example.com']);
    expect(uploadedBuild().team.has(ana!)).toBe(true);
  });

  it('sends no text fields when there is nothing to say', async () => {
    await deliver({ service: 'installr', releaseNotes: '   ' });
    expect(installr.uploadForms).toEqual([{}]);
  });
});
