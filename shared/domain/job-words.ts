import type { JobState } from './job';
import { SERVICE_NAMES, type ServiceId } from './services';
import type { Tone } from './tone';

/**
 * A job's state in plain words, with the badge tone that goes with it: the same words on
 * the Upload view's cards, the Status board and the command line.
 */
export function jobStateWords(job: { state: JobState; service: ServiceId; attempt: number }): {
  label: string;
  tone: Tone;
} {
  switch (job.state) {
    case 'queued':
      // Why it waits (other uploads first, or a service that asked for a pause) is its note.
      return { label: 'Waiting to send', tone: 'neutral' };
    case 'preparing':
      return { label: job.attempt > 1 ? 'Trying again' : 'Preparing', tone: 'info' };
    case 'uploading':
      return { label: 'Sending', tone: 'info' };
    case 'finalizing':
      return { label: `Waiting for ${SERVICE_NAMES[job.service]} to confirm`, tone: 'info' };
    case 'done':
      return { label: 'Delivered', tone: 'good' };
    case 'failed':
      return { label: 'Failed', tone: 'bad' };
    case 'cancelled':
      return { label: 'Cancelled', tone: 'warning' };
  }
}
