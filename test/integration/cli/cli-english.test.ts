import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_LOCALE } from '../../../main/cli/cli-core';
import { MemoryVault } from '../../../main/core/accounts/vault';
import { createCore } from '../../../main/core/create-core';
import { MemorySettingsStore } from '../../../main/core/settings-store';
import { fixture } from '../../fixtures';
import { runCli } from '../../support/run-cli';

/** Everything a German desktop tells a process about its language. */
const GERMAN_OS = { LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8', LANGUAGE: 'de' };

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dropship-cli-english-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the command line stays English', () => {
  it('on a German OS: a failed delivery and a file that is no build', async () => {
    const env = { ...GERMAN_OS, DROPSHIP_DATA_DIR: join(dir, 'data') };
    const delivered = await runCli(
      ['upload', fixture('android-plain.apk'), '--to', 'installr', '--json'],
      { ...env, INSTALLR_API_TOKEN: 'token', DROPSHIP_INSTALLR_URL: 'http://127.0.0.1:9' },
    );
    const broken = join(dir, 'broken.apk');
    await writeFile(broken, 'not a zip');
    const inspect = await runCli(['inspect', broken, '--json'], env);

    expect(JSON.parse(delivered.stdout).deliveries[0].error.message).toBe(
      'Could not reach Installr at 127.0.0.1:9.',
    );
    expect(JSON.parse(inspect.stdout).inspectError).toBe(
      'The file is not a zip archive, so it cannot be an .apk.',
    );
    for (const run of [delivered, inspect]) {
      expect(run.stdout + run.stderr).not.toMatch(/nicht|Datei|erreichbar|Build konnte/);
    }
  }, 90_000);

  it('whatever the language setting says: the CLI builds its core with a fixed English', async () => {
    const core = createCore({
      settings: new MemorySettingsStore({ language: 'de' }),
      vault: new MemoryVault(),
      dataDir: await mkdtemp(join(dir, 'core-')),
      locale: CLI_LOCALE,
      systemLocale: 'de-DE',
    });
    try {
      await core.dispatch('settings.updateLanguage', 'de');
      const result = await core.dispatch('accounts.connect', {
        service: 'installr',
        baseUrl: 'http://127.0.0.1:9',
        secret: 'token',
      });
      expect(result).toMatchObject({
        ok: false,
        error: { message: 'Could not reach Installr at 127.0.0.1:9.' },
      });
    } finally {
      await core.dispose();
    }
  });
});
