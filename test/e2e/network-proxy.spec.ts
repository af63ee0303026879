import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseAllFourServices, dropFiles, expect, test } from './fixtures';
import { startForwardProxy } from '../support/forward-proxy';
import { fixture } from '../fixtures/index';

const USER = { username: 'release bot', password: 'corp-Pa55!' };
const PLAIN_SHA = createHash('sha256')
  .update(readFileSync(fixture('android-plain.apk')))
  .digest('hex');

// The four services over HTTPS, with a certificate from a CA made when the sandbox started.
test.use({ sandboxOptions: { https: true } });

test('behind a proxy with credentials and a private CA: set up in Settings, deliver to all four', async ({
  app,
}) => {
  const { page, harness } = app;
  const proxy = await startForwardProxy({ credentials: USER });
  const dir = await mkdtemp(join(tmpdir(), 'dropship-e2e-net-'));
  const caFile = join(dir, 'company-root.pem');
  await writeFile(caFile, harness.sandbox.ca!);
  try {
    await page.getByRole('button', { name: 'Settings' }).click();
    const network = page
      .locator('section.card')
      .filter({ has: page.getByRole('heading', { name: 'Network', exact: true }) });
    // Before: nothing trusts the sandbox's CA, and the test says so at the TLS step.
    const installrRoute = network.getByRole('listitem').filter({ hasText: 'Installr' });
    await installrRoute.getByRole('button', { name: 'Test connection' }).click();
    const before = network.getByLabel('Connection test for Installr');
    await expect(before.getByText('Secure connection (TLS)')).toBeVisible();
    await expect(before).toContainText("add your company's root certificate");
    await before.scrollIntoViewIfNeeded();
    await app.screenshot('settings-network-tls-failed-light');

    await network.getByRole('radio', { name: 'Use this proxy' }).check();
    await network.getByLabel('Proxy address').fill(`${proxy.host}:${proxy.port}`);
    await network.getByLabel('Proxy user name').fill(USER.username);
    await network.getByLabel('Proxy password').fill(USER.password);
    await network.getByLabel(/Also trust the certificate authorities/).fill(caFile);
    await network.getByRole('button', { name: 'Save network settings' }).click();
    await expect(network.getByRole('status')).toHaveText('Saved.');
    await expect(installrRoute).toContainText(`proxy http://${proxy.host}:${proxy.port}`);
    await expect(installrRoute).toContainText('(set here)');
    await expect(network).toContainText('company-root.pem');

    await installrRoute.getByRole('button', { name: 'Test connection' }).click();
    const after = network.getByLabel('Connection test for Installr');
    await expect(after.getByText('Failed')).toHaveCount(0);
    await expect(after).toContainText(
      `The proxy at ${proxy.host}:${proxy.port} let the request through.`,
    );
    await app.screenshot('settings-network-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.screenshot('settings-network-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    // The password went to the vault, not to settings or the page.
    expect(JSON.stringify(harness.settings.read())).not.toContain(USER.password);
    await expect(page.getByText(USER.password)).toHaveCount(0);

    proxy.requests.length = 0;
    await page.getByRole('button', { name: 'Upload' }).click();
    await dropFiles(page, 'main', [{ name: 'android-plain.apk', buffer: Buffer.from('PK') }]);
    await expect(page.getByTestId('build-sha256')).toHaveText(PLAIN_SHA);
    await chooseAllFourServices(page);
    await page.getByRole('button', { name: 'Send to 4 services' }).click();
    for (const service of ['Installr', 'Test IO', 'Bitbar', 'Product Science']) {
      const card = page.getByRole('article', { name: `${service} upload` });
      await expect(card.getByText('Delivered', { exact: true })).toBeVisible({ timeout: 30_000 });
    }
    await expect(page.getByText('Delivered to all 4 services.')).toBeVisible();
    const hosts = new Set(proxy.requests.map((r) => r.target));
    for (const s of Object.values(harness.sandbox.services)) {
      expect(hosts.has(new URL(s.baseUrl).host)).toBe(true);
    }
    expect(proxy.requests.every((r) => r.kind === 'connect' && r.authorized)).toBe(true);
  } finally {
    await proxy.close();
    await rm(dir, { recursive: true, force: true });
  }
});
