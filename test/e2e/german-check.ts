import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, type AppFixture } from './fixtures';

/*
 * What every German view is checked for, at 900×600: German dates, nothing cut off
 * although German words run longer, and no axe findings in light and dark.
 */

/** "30.11.2026, 09:15": a German medium date with a time. */
export const GERMAN_DATE = /\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/;

/** Opens a view from the sidebar (its German name) and waits for its heading. */
export async function openView(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Bereiche' })
    .getByRole('button', { name: label, exact: true })
    .click();
  await expect(page.getByRole('heading', { name: label, level: 1 })).toBeVisible();
}

/**
 * Neither the window nor the view scrolls sideways, and nothing is cut off: no element
 * reaches past the view, or past a box that hides what overflows it (a card, a list).
 * Inside a box that scrolls, the rest is a scroll away, so that counts as reachable.
 */
export async function expectNothingCutOff(page: Page): Promise<void> {
  const problems = await page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return ['no <main>'];
    const found: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) found.push('the window scrolls sideways');
    if (main.scrollWidth > main.clientWidth) found.push('the view scrolls sideways');
    const viewRight = main.getBoundingClientRect().left + main.clientWidth;
    /** The right edge an element must keep inside: its nearest clipping box, else the view. */
    const limit = (element: Element): number => {
      for (let at = element.parentElement; at && at !== main; at = at.parentElement) {
        const overflow = getComputedStyle(at).overflowX;
        if (overflow === 'auto' || overflow === 'scroll') return Infinity;
        if (overflow !== 'visible') return at.getBoundingClientRect().right;
      }
      return viewRight;
    };
    for (const element of main.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > limit(element) + 1) {
        const text = (element.textContent ?? '').trim().slice(0, 40);
        found.push(`${element.tagName.toLowerCase()} “${text}” ends at ${Math.round(box.right)}`);
      }
    }
    return found;
  });
  expect(problems).toEqual([]);
}

/** Checks the layout, then axe (WCAG 2.1 A/AA) and a picture of the whole view in light and dark. */
export async function checkAndShoot(app: AppFixture, name: string): Promise<void> {
  const { page } = app;
  await expectNothingCutOff(page);
  const size = page.viewportSize()!;
  const height = await page.locator('main').evaluate((main) => main.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      `axe on ${name} (${colorScheme})`,
    ).toEqual([]);
    await app.screenshot(`de-${name}-${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(size);
}
