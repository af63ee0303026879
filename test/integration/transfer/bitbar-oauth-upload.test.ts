import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BitbarEmulator } from '../../../main/sandbox/bitbar/emulator';
import type { UploadJob } from '../../../shared/contract/uploads';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';
import { fastRetries, settle, startUpload } from './upload-harness';
import { fixture } from '../../fixtures';

let harness: CoreHarness;
let bitbar: BitbarEmulator;

beforeEach(async () => {
  harness = await startCoreHarness({ uploads: fastRetries() });
  bitbar = harness.sandbox.services.bitbar!.emulator as BitbarEmulator;
  const connected = await harness.core.dispatch('accounts.connect', {
    service: 'bitbar',
    baseUrl: harness.sandbox.services.bitbar!.baseUrl,
    auth: 'oauth',
    username: bitbar.demoUser.email,
    secret: bitbar.demoUser.password,
  });
  expect(connected).toMatchObject({ ok: true, value: { auth: 'oauth' } });
});
afterEach(() => harness.close());

const accessToken = async () =>
  (
    JSON.parse((await harness.core.ctx.accounts.oauthSessions('bitbar').read()) ?? '{}') as {
      accessToken?: string;
    }
  ).accessToken;
const refreshGrants = () =>
  bitbar.requests.filter((r) => r.path === '/oauth/token' && r.method === 'POST').length;
const filePosts = () =>
  bitbar.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/files/application'));

describe('Bitbar upload over OAuth', () => {
  it('refreshes a token that expires mid-delivery, and completes', async () => {
    const before = await accessToken();
    const grantsBefore = refreshGrants();
    // The delivery starts with a valid token (the project is created with it); the token
    // then expires just as the file is sent, the way a long upload outlives an hour's token.
    let expired = false;
    const stop = harness.core.ctx.events.subscribe((name, payload) => {
      if (expired || name !== 'uploads.job' || (payload as UploadJob).state !== 'uploading') return;
      expired = true;
      bitbar.bitbar.auth.expireAccessTokens();
    });
    const { jobs } = await startUpload(harness.core, fixture('android-plain.apk'), [
      {
        service: 'bitbar',
        project: { kind: 'new', name: 'Nightly over OAuth', type: 'ANDROID' },
        fileKind: 'application',
      },
    ]);
    const [job] = await settle(
      harness.core,
      jobs.map((j) => j.id),
    );
    stop();

    expect(expired).toBe(true);
    expect(job?.state, job?.error?.message).toBe('done');
    // Refused once with the old token, refreshed once, sent again with the new one.
    const posts = filePosts();
    expect(posts).toHaveLength(2);
    const after = await accessToken();
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    expect(posts[0]?.query).toContain(`access_token=${before}`);
    expect(posts[1]?.query).toContain(`access_token=${after}`);
    expect(refreshGrants()).toBe(grantsBefore + 1);
    // The build is on Bitbar, in the one project the delivery created.
    const projects = [...bitbar.bitbar.state.projects.values()].filter(
      (p) => p.name === 'Nightly over OAuth',
    );
    expect(projects).toHaveLength(1);
    const stored = bitbar.bitbar.state.files.get(projects[0]!.id)?.application;
    expect(stored?.sha256).toBe(job?.result?.sha256);
  });
});
