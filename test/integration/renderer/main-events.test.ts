import { beforeAll, expect, it } from 'vitest';
import { fixture } from '../../fixtures/index';
import { PATIENTLY, storesOnRealCore } from '../../support/renderer-bridge';
// Types only: the stores themselves are imported once window.dropship exists.
import type * as AccountsStore from '../../../renderer/src/stores/accounts-store';
import type * as NavigationStore from '../../../renderer/src/stores/navigation-store';
import type * as UploadStore from '../../../renderer/src/stores/upload-store';
import type * as JobsStore from '../../../renderer/src/stores/upload-jobs-store';

const real = storesOnRealCore({ listen: true });
let stores: {
  accounts: typeof AccountsStore;
  navigation: typeof NavigationStore;
  upload: typeof UploadStore;
  jobs: typeof JobsStore;
};

beforeAll(async () => {
  stores = {
    accounts: await import('../../../renderer/src/stores/accounts-store'),
    navigation: await import('../../../renderer/src/stores/navigation-store'),
    upload: await import('../../../renderer/src/stores/upload-store'),
    jobs: await import('../../../renderer/src/stores/upload-jobs-store'),
  };
});

it('the root subscription routes main’s events to the stores, with no view mounted', async () => {
  real.harness.core.ctx.events.emit('accounts.changed', real.harness.core.ctx.accounts.summaries());
  expect(stores.accounts.useAccounts.getState().accounts.length).toBeGreaterThan(0);

  real.harness.core.ctx.events.emit('app.openFile', {
    path: fixture('android-plain.apk'),
    fileName: 'android-plain.apk',
  });
  expect(stores.navigation.useNavigation.getState().current).toBe('upload');
  await expect.poll(() => stores.upload.useUpload.getState().status, PATIENTLY).toBe('ready');

  // Jobs created outside the Upload view (the CLI, a watched folder) still arrive.
  const started = await real.harness.core.dispatch('uploads.start', {
    path: fixture('android-plain.apk'),
    targets: [{ service: 'testio' }],
  });
  expect(started.ok).toBe(true);
  expect(Object.values(stores.jobs.useUploadJobs.getState().jobs)).toHaveLength(1);
  await real.harness.core.ctx.uploads.settled();
});

it('stops listening when asked', () => {
  real.stop();
  const before = stores.accounts.useAccounts.getState().accounts;
  real.harness.core.ctx.events.emit('accounts.changed', []);
  expect(stores.accounts.useAccounts.getState().accounts).toBe(before);
});
