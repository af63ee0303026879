import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryVault } from '../../../main/core/accounts/vault';
import { installQrDataUrl } from '../../../main/core/board/pictures';
import { createCore, type Core } from '../../../main/core/create-core';
import { externalHref, headlessPlatform } from '../../../main/core/platform';
import { MemorySettingsStore } from '../../../main/core/settings-store';

let dir: string;
let core: Core;
const platform = headlessPlatform('/nonexistent');
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dropship-links-'));
  core = createCore({
    settings: new MemorySettingsStore({}),
    vault: new MemoryVault(),
    dataDir: dir,
    platform,
  });
});
afterAll(async () => {
  await core.dispose();
  await rm(dir, { recursive: true, force: true });
});

describe('links leave for the browser parsed and re-serialised, http(s) only', () => {
  it('externalHref normalises web links and refuses every other scheme', () => {
    expect(externalHref('HTTPS://Example.COM/a b?q=1#x')).toBe('https://example.com/a%20b?q=1#x');
    expect(externalHref('http://127.0.0.1:4010/x')).toBe('http://127.0.0.1:4010/x');
    for (const bad of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'nope']) {
      expect(externalHref(bad)).toBeUndefined();
    }
  });

  it('system.openExternal hands the platform the normalised href', async () => {
    const result = await core.dispatch('system.openExternal', {
      url: 'https://Example.COM/install/1?name=a b',
    });
    expect(result).toMatchObject({ ok: true });
    expect(platform.opened.at(-1)).toBe('https://example.com/install/1?name=a%20b');
  });

  it('system.openExternal refuses what is not a web link, and opens nothing', async () => {
    const before = platform.opened.length;
    const result = await core.dispatch('system.openExternal', { url: 'file:///etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(platform.opened).toHaveLength(before);
  });
});

describe('install QR codes', () => {
  it('are drawn for https install links', async () => {
    expect(await installQrDataUrl('https://www.installrapp.com/tester/install/1')).toMatch(
      /^data:image\/svg\+xml;base64,/,
    );
  });

  it('are not drawn for plain http links on the network, or for what is not a link', async () => {
    expect(await installQrDataUrl('http://www.installrapp.com/tester/install/1')).toBeUndefined();
    expect(await installQrDataUrl('http://10.0.0.7/tester/install/1')).toBeUndefined();
    expect(await installQrDataUrl('ftp://example.com/app.ipa')).toBeUndefined();
    expect(await installQrDataUrl('not a link')).toBeUndefined();
  });
});
