import { execFile } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../main/sandbox';
import type { BitbarEmulator } from '../../../main/sandbox/bitbar/emulator';
import { fixture } from '../../fixtures/index';

/**
 * The CLI against a sandbox running in this test process (so the test can break it), as a
 * person runs it against the real services: tokens and addresses from the environment.
 */
const BUILD = fixture('android-plain.apk');
let sandbox: Sandbox;

beforeEach(async () => {
  sandbox = await startSandbox();
});
afterEach(() => sandbox.close());

const bitbar = () => sandbox.services.bitbar!.emulator as BitbarEmulator;

function environment(): Record<string, string> {
  const { installr, testio, bitbar: bb, productscience } = sandbox.services;
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && !/_API_(TOKEN|KEY)$|^DROPSHIP_/.test(entry[0]),
    ),
  );
  return {
    ...clean,
    INSTALLR_API_TOKEN: installr!.secret,
    DROPSHIP_INSTALLR_URL: installr!.baseUrl,
    TESTIO_API_TOKEN: testio!.secret,
    DROPSHIP_TESTIO_URL: testio!.baseUrl,
    BITBAR_API_KEY: bb!.secret,
    DROPSHIP_BITBAR_URL: bb!.baseUrl,
    PRODUCTSCIENCE_API_TOKEN: productscience!.secret,
    DROPSHIP_PRODUCTSCIENCE_URL: productscience!.baseUrl,
  };
}

function dropship(args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'main/cli/index.ts', ...args],
      { env: environment(), timeout: 90_000 },
      (error, stdout, stderr) => {
        const code = error ? (error as { code?: unknown }).code : 0;
        done({ code: typeof code === 'number' ? code : 1, stdout, stderr });
      },
    );
  });
}

function uploadToAll(extra: string[] = []) {
  const movies = [...bitbar().bitbar.state.projects.values()].find(
    (p) => p.name === 'Movies app (Android)',
  )!;
  return dropship([
    'upload',
    BUILD,
    '--to',
    'installr,testio,bitbar,productscience',
    '--bitbar-project',
    String(movies.id),
    '--ps-project',
    'demo-android',
    '--json',
    ...extra,
  ]);
}

const lookup = { method: 'GET', pathIncludes: '/v2/me/projects' };
type Delivery = { service: string; state: string; error?: { message: string } };

describe('dropship upload --json when a service fails', () => {
  it('retries a 502 on the Bitbar project lookup and delivers to all four (exit 0)', async () => {
    bitbar().faults.failNext(1, { status: 502, ...lookup });
    const run = await uploadToAll();
    const report = JSON.parse(run.stdout) as { ok: boolean; deliveries: Delivery[] };
    expect(report.ok).toBe(true);
    expect(report.deliveries.map((d) => [d.service, d.state])).toEqual([
      ['installr', 'done'],
      ['testio', 'done'],
      ['bitbar', 'done'],
      ['productscience', 'done'],
    ]);
    expect(run.code).toBe(0);
    expect(
      bitbar().requests.filter((r) => r.method === 'GET' && r.path.endsWith('/v2/me/projects')),
    ).toHaveLength(2);
  }, 120_000);

  it('puts a final lookup error inside the JSON, delivers the rest, exits 1', async () => {
    bitbar().faults.failNext(1, { status: 403, ...lookup });
    const run = await uploadToAll();
    const report = JSON.parse(run.stdout) as { ok: boolean; deliveries: Delivery[] };
    expect(report.ok).toBe(false);
    const bb = report.deliveries.find((d) => d.service === 'bitbar');
    expect(bb?.state).toBe('failed');
    expect(bb?.error?.message).toMatch(/Bitbar/);
    expect(report.deliveries.filter((d) => d.state === 'done')).toHaveLength(3);
    expect(run.code).toBe(1);
  }, 120_000);

  it('prints one JSON document for bad usage too (exit 2)', async () => {
    const run = await dropship(['upload', BUILD, '--to', 'dropbox', '--json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({
      ok: false,
      error: { code: 'usage', message: expect.stringMatching(/Unknown service “dropbox”/) },
      deliveries: [],
    });
    expect(run.stderr).toBe('');
  }, 60_000);
});
