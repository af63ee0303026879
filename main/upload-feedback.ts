import { Notification, type BrowserWindow } from 'electron';
import type { z } from 'zod';
import type { DropSummary, uploadEvents } from '../shared/contract/uploads';
import { isFinishedJob } from '../shared/domain/job';
import { dropSummaryWords } from './core/i18n/shared-words';
import type { Core } from './core/create-core';
import { t } from './core/i18n/translate';

type Progress = z.output<(typeof uploadEvents)['uploads.progress']>;
type Job = z.output<(typeof uploadEvents)['uploads.job']>;

/**
 * Uploads outside the window: overall progress on the dock/taskbar icon, and a system
 * notification when a drop finishes while Dropship is in the background.
 */
export function showUploadFeedback(core: Core, window: BrowserWindow): () => void {
  const active = new Map<string, { sent: number; total: number }>();
  const update = () => {
    if (window.isDestroyed()) return;
    let sent = 0;
    let total = 0;
    for (const job of active.values()) {
      sent += job.sent;
      total += job.total;
    }
    window.setProgressBar(active.size === 0 || total === 0 ? -1 : Math.min(sent / total, 0.99));
  };
  return core.ctx.events.subscribe((name, payload) => {
    if (name === 'uploads.progress') {
      const { jobId, progress } = payload as Progress;
      active.set(jobId, { sent: progress.bytesSent, total: progress.totalBytes });
      update();
    } else if (name === 'uploads.job') {
      const job = payload as Job;
      if (isFinishedJob(job)) active.delete(job.id);
      update();
    } else if (
      name === 'uploads.dropFinished' &&
      !window.isFocused() &&
      Notification.isSupported()
    ) {
      new Notification(describe(payload as DropSummary)).show();
    }
  });
}

function describe(summary: DropSummary): { title: string; body: string } {
  const file = summary.fileName;
  return {
    title:
      summary.failed.length > 0
        ? t('shell:notification.notEverywhere', { file })
        : t('shell:notification.delivered', { file }),
    body: dropSummaryWords(summary),
  };
}
