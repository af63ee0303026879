import AxeBuilder from '@axe-core/playwright';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dropDemoBuild, viewTour } from './view-tour';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** WCAG 2.1 A and AA, plus axe's best practices (heading order, unique landmark names…). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** One line per rule, then one per element: what is wrong, where, and axe's own advice. */
function describe(violations: AxeResults['violations']): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => {
          const summary = (node.failureSummary ?? '').replace(/\s+/g, ' ').trim();
          return `    at ${node.target.join(' ')}\n      ${node.html.slice(0, 160)}\n      ${summary}`;
        })
        .join('\n');
      return `  ${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help} — ${violation.nodes.length} element(s)\n${nodes}`;
    })
    .join('\n');
}

async function scan(page: Page): Promise<AxeResults['violations']> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations;
}

/** The raw findings, for whoever fixes them: test-results/axe/<view>-<scheme>.json. */
async function keep(name: string, violations: AxeResults['violations']): Promise<void> {
  const folder = resolve('test-results/axe');
  await mkdir(folder, { recursive: true });
  await writeFile(`${folder}/${name}.json`, JSON.stringify(violations, null, 2));
}

for (const stop of viewTour) {
  test(`axe (WCAG 2.1 A/AA, best practices) finds nothing on ${stop.slug}, light and dark`, async ({
    app,
  }) => {
    const { page } = app;
    await stop.open(app);
    // Let transitions and live regions settle: axe reads computed colours mid-animation otherwise.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const report: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      const violations = await scan(page);
      await keep(`${stop.slug}-${colorScheme}`, violations);
      if (violations.length > 0)
        report.push(`${stop.slug} (${colorScheme}):\n${describe(violations)}`);
    }
    expect(report.join('\n\n'), 'axe violations').toBe('');
  });
}

/** The focused element's ring, as drawn: style, width and colour. */
async function focusRing(page: Page) {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement;
    const style = getComputedStyle(focused);
    return {
      label: focused.getAttribute('aria-label') ?? focused.textContent?.trim() ?? '',
      focusVisible: focused.matches(':focus-visible'),
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
      color: style.outlineColor,
    };
  });
}

test.describe('keyboard', () => {
  test('the current sidebar item and a checkbox show a solid focus ring', async ({ app }) => {
    const { page } = app;
    const accent = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.color = 'var(--accent)';
      document.body.append(probe);
      const color = getComputedStyle(probe).color;
      probe.remove();
      return color;
    });
    await page.keyboard.press('Tab');
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await expect(nav.getByRole('button', { name: 'Upload' })).toBeFocused();
    await expect(nav.getByRole('button', { name: 'Upload' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(await focusRing(page)).toMatchObject({
      focusVisible: true,
      style: 'solid',
      width: 2,
      color: accent,
    });

    await dropDemoBuild(page);
    const installr = page.getByRole('checkbox', { name: 'Installr' });
    await installr.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(installr).toBeFocused();
    expect(await focusRing(page)).toMatchObject({
      focusVisible: true,
      style: 'solid',
      width: 2,
      color: accent,
    });
    await app.screenshot('focus-checkbox');
  });

  test('the Apps list moves with Up, Down, Home and End; Enter picks', async ({ app }) => {
    const { page } = app;
    await page.getByRole('button', { name: 'Apps', exact: true }).click();
    const apps = page.getByRole('listbox', { name: 'Apps' });
    const option = (name: RegExp) => apps.getByRole('option', { name });
    await expect(option(/Field Notes/)).toHaveAttribute('aria-selected', 'true');
    // Tab enters the list once, on the selected app.
    await page.getByRole('button', { name: 'Refresh' }).focus();
    await page.keyboard.press('Tab');
    await expect(option(/Field Notes/)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(option(/Parcel Tracker/)).toBeFocused();
    await page.keyboard.press('End');
    await expect(option(/Cafe Rewards/)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(option(/Cafe Rewards/)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(option(/Field Notes/)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(option(/Parcel Tracker/)).toHaveAttribute('aria-selected', 'true');
    await expect(
      page.getByRole('list', { name: 'Builds' }).getByRole('listitem').first(),
    ).toContainText('2.1.0 (210)');
    await page.keyboard.press('ArrowUp');
    await expect(option(/Field Notes/)).toBeFocused();
    // One Tab stop for the whole list: the next Tab leaves it.
    await page.keyboard.press('Tab');
    await expect(apps.getByRole('option').and(page.locator(':focus'))).toHaveCount(0);
  });

  test('Bitbar projects and device groups move with the arrow keys', async ({ app }) => {
    const { page } = app;
    await page.getByRole('button', { name: 'Bitbar runs' }).click();
    const projects = page.getByRole('listbox', { name: 'Projects' });
    await projects.getByRole('option').first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(projects.getByRole('option', { name: /Movies app \(iOS\)/ })).toBeFocused();
    await page.keyboard.press('End');
    await expect(projects.getByRole('option', { name: /Empty project/ })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { name: 'Checkout UIAutomator', level: 2 }),
    ).toBeVisible();
    await expect(projects.getByRole('option', { name: /Checkout UIAutomator/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );

    await page.getByRole('button', { name: 'Devices' }).click();
    const mine = page.getByRole('listbox', { name: 'My groups' });
    await mine.getByRole('option').first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(mine.getByRole('option', { name: /iPhones/ })).toBeFocused();
    await page.keyboard.press('Home');
    await expect(mine.getByRole('option', { name: /Smoke test phones/ })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(
      page.getByRole('heading', { name: 'Smoke test phones', level: 2, exact: true }),
    ).toBeVisible();
  });

  test('a Bitbar project’s tabs move and open with Left, Right, Home and End', async ({ app }) => {
    const { page } = app;
    await page.getByRole('button', { name: 'Bitbar runs' }).click();
    await page.getByRole('option', { name: /Movies app \(Android\)/ }).click();
    const tabs = page.getByRole('tablist', { name: 'Project sections' });
    const tab = (name: string) => tabs.getByRole('tab', { name });
    await expect(tab('Runs')).toHaveAttribute('aria-selected', 'true');
    await page.getByRole('button', { name: 'Delete' }).focus();
    await page.keyboard.press('Tab');
    await expect(tab('Runs')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(tab('Config')).toBeFocused();
    await expect(tab('Config')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByLabel('What runs')).toBeVisible();
    await page.keyboard.press('End');
    await expect(tab('Sharing and notifications')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Home');
    await expect(tab('Runs')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByLabel('Run name')).toBeVisible();
  });

  test('the Devices catalog list is reached with Tab and scrolls with the keyboard', async ({
    app,
  }) => {
    const { page } = app;
    await page.getByRole('button', { name: 'Devices' }).click();
    const catalog = page.getByRole('region', { name: 'Device catalog' });
    await expect(page.getByText('2,000 devices shown of 2,000')).toBeVisible();
    await catalog.getByRole('button', { name: 'iOS' }).focus();
    await page.keyboard.press('Tab');
    const list = catalog.getByRole('list', { name: 'Devices' });
    await expect(list).toBeFocused();
    expect(await focusRing(page)).toMatchObject({ focusVisible: true, style: 'solid' });
    const scrollTop = () => list.evaluate((element) => element.scrollTop);
    expect(await scrollTop()).toBe(0);
    await page.keyboard.press('PageDown');
    await expect.poll(scrollTop).toBeGreaterThan(100);
    // PageDown scrolls smoothly; on a busy machine End can land while it still runs.
    let last = -1;
    await expect
      .poll(async () => {
        const now = await scrollTop();
        const settled = now === last;
        last = now;
        return settled;
      })
      .toBe(true);
    await page.keyboard.press('End');
    const leftBelow = () =>
      list.evaluate((element) => element.scrollHeight - element.clientHeight - element.scrollTop);
    await expect.poll(leftBelow).toBeLessThanOrEqual(1);
  });
});
