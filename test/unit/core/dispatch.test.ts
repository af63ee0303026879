import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/core/dispatch';
import { createCore } from '../../../main/core/create-core';
import { MemoryVault } from '../../../main/core/accounts/vault';
import { MemorySettingsStore } from '../../../main/core/settings-store';
import { DropshipError } from '../../../shared/errors';

function core() {
  return createCore({
    settings: new MemorySettingsStore(),
    vault: new MemoryVault(),
    dataDir: mkdtempSync(join(tmpdir(), 'dropship-dispatch-')),
  });
}

describe('dispatch', () => {
  it('refuses channels that are not in the contract, including prototype keys', async () => {
    const { handlers } = core();
    for (const id of [
      'nope.list',
      'accounts.nope',
      'accounts.toString',
      '__proto__.x',
      'accounts',
    ]) {
      const result = await dispatch(handlers, id, undefined);
      expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    }
  });

  it('rejects input that does not parse, naming the field, before any handler runs', async () => {
    const { handlers } = core();
    const result = await dispatch(handlers, 'accounts.connect', {
      service: 'installr',
      baseUrl: 'not a url',
      secret: '',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.fields).toMatchObject({
      baseUrl: expect.any(String),
      secret: 'Paste your token',
    });
  });

  it('rejects an unknown service', async () => {
    const { handlers } = core();
    const result = await dispatch(handlers, 'accounts.test', { service: 'dropbox' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('passes a DropshipError through as its shape', async () => {
    const { handlers } = core();
    // No sandbox and no account: Installr is not connected.
    const result = await dispatch(handlers, 'installr.listApps', undefined);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'not_connected', service: 'installr', retryable: false },
    });
  });

  it('hides unexpected errors behind a generic message', async () => {
    const { handlers } = core();
    const broken = {
      ...handlers,
      settings: {
        ...handlers.settings,
        get: async () => {
          throw new Error('secret stack detail token=abc');
        },
      },
    };
    const result = await dispatch(broken, 'settings.get', undefined);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'internal',
        retryable: false,
        message: 'Something went wrong inside Dropship.',
      },
    });
  });

  it('checks handler output against the contract', async () => {
    const { handlers } = core();
    const lying = {
      ...handlers,
      settings: { ...handlers.settings, get: async () => ({ version: 99 }) as never },
    };
    const result = await dispatch(lying, 'settings.get', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('answers valid calls with the value', async () => {
    const { handlers } = core();
    const result = await dispatch(handlers, 'settings.updateUploads', {
      testioDirectUploadLimitMb: 50,
      maxConcurrentTransfers: 2,
    });
    expect(result).toMatchObject({
      ok: true,
      value: { uploads: { testioDirectUploadLimit: 50 * 1024 * 1024, maxConcurrentTransfers: 2 } },
    });
  });

  it('DropshipError shapes survive a JSON round trip (as over IPC)', () => {
    const error = new DropshipError({
      code: 'rate_limited',
      message: 'Slow down',
      retryable: true,
      service: 'testio',
      hint: 'Wait',
    });
    expect(JSON.parse(JSON.stringify(error.toShape()))).toEqual({
      code: 'rate_limited',
      message: 'Slow down',
      retryable: true,
      service: 'testio',
      hint: 'Wait',
    });
  });
});
