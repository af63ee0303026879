import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { showUploadFeedback } from '../../main/upload-feedback';
import { startCoreHarness, type CoreHarness } from '../support/core-harness';
import { fastRetries, settle, startUpload } from '../integration/transfer/upload-harness';
import { fixture } from '../fixtures';
import { Notification, resetElectronFake, shownNotifications } from './electron-fake';

/** A window that records its dock/taskbar progress and says whether it has focus. */
function feedbackWindow(focused: boolean) {
  const progress: number[] = [];
  const window = {
    isDestroyed: () => false,
    isFocused: () => focused,
    setProgressBar: (value: number) => progress.push(value),
  };
  return { window: window as unknown as BrowserWindow, progress };
}

let harness: CoreHarness;
beforeEach(async () => {
  resetElectronFake();
  harness = await startCoreHarness({ uploads: fastRetries(), systemLocale: 'en-US' });
});
afterEach(() => harness.close());

async function deliver(targets: Parameters<typeof startUpload>[2]) {
  const { jobs } = await startUpload(harness.core, fixture('android-plain.apk'), targets);
  await settle(
    harness.core,
    jobs.map((j) => j.id),
  );
  // The summary event follows the jobs' last state on the same tick; let it land.
  await new Promise((resolve) => setImmediate(resolve));
}

describe('upload feedback outside the window (a real delivery to the sandbox)', () => {
  it('shows progress on the dock/taskbar icon, then clears it', async () => {
    const { window, progress } = feedbackWindow(true);
    showUploadFeedback(harness.core, window);
    await deliver([{ service: 'installr' }]);
    const during = progress.filter((value) => value >= 0);
    expect(during.length).toBeGreaterThan(0);
    for (const value of during) expect(value).toBeLessThan(1);
    // Never full while sending: 100% would look finished before the service answers.
    expect(during).toEqual([...during].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(-1);
  });

  it('notifies when a drop finishes while the window is in the background', async () => {
    const { window } = feedbackWindow(false);
    showUploadFeedback(harness.core, window);
    await deliver([{ service: 'installr' }]);
    expect(shownNotifications).toEqual([
      { title: 'android-plain.apk delivered', body: 'Delivered to Installr.' },
    ]);
  });

  it('says which services failed', async () => {
    const { window } = feedbackWindow(false);
    showUploadFeedback(harness.core, window);
    await deliver([{ service: 'installr', notify: ['No such team'] }]);
    expect(shownNotifications).toEqual([
      { title: 'android-plain.apk: not delivered everywhere', body: 'Installr failed.' },
    ]);
  });

  it('speaks the language the person chose in Settings', async () => {
    await harness.core.dispatch('settings.updateLanguage', 'de');
    const { window } = feedbackWindow(false);
    showUploadFeedback(harness.core, window);
    await deliver([{ service: 'installr', notify: ['No such team'] }]);
    await harness.core.dispatch('settings.updateLanguage', 'system');
    expect(shownNotifications).toEqual([
      { title: 'android-plain.apk: nicht überall geliefert', body: 'Installr fehlgeschlagen.' },
    ]);
  });

  it('stays quiet while the window has focus, or where notifications are unsupported', async () => {
    showUploadFeedback(harness.core, feedbackWindow(true).window);
    await deliver([{ service: 'installr' }]);
    Notification.supported = false;
    showUploadFeedback(harness.core, feedbackWindow(false).window);
    await deliver([{ service: 'installr' }]);
    expect(shownNotifications).toEqual([]);
  });
});
