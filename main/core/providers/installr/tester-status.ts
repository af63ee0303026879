import type { TesterStage, TesterStatus } from '../../../../shared/contract/installr';
import type { ApiTesterStatus } from './schemas';

/**
 * Installr's tester status ({cssClass, label, level}) in plain words. The label is the
 * most specific signal; the level (0 invited … 3 installed, negative = opted out) and
 * the colour are fallbacks for labels we have not seen.
 */
const WORDS: Record<TesterStage, Omit<TesterStatus, 'stage' | 'serviceLabel'>> = {
  not_notified: { text: 'Has access — not emailed yet', tone: 'neutral' },
  invited: { text: 'Invite sent — waiting for them to accept', tone: 'warning' },
  accepted: { text: 'Accepted the invite — no device yet', tone: 'neutral' },
  device_registered: { text: 'Device registered — not installed yet', tone: 'neutral' },
  installed: { text: 'Installed', tone: 'good' },
  unsubscribed: { text: 'Unsubscribed — gets no more invites', tone: 'bad' },
  awaiting_approval: { text: 'Asked for access — waiting for your approval', tone: 'warning' },
  unknown: { text: 'Status unknown', tone: 'neutral' },
};

const LABELS: [RegExp, TesterStage][] = [
  [/unsubscri|opted? out|declin|removed|bounced/i, 'unsubscribed'],
  [/install/i, 'installed'],
  [/device/i, 'device_registered'],
  [/accept|regist|joined/i, 'accepted'],
  [/not notified|added|no invite/i, 'not_notified'],
  [/invit|sent|pending/i, 'invited'],
];

function stageOf(status: ApiTesterStatus | null | undefined): TesterStage {
  const label = status?.label?.trim();
  if (label) {
    const found = LABELS.find(([pattern]) => pattern.test(label));
    if (found) return found[1];
  }
  const level = status?.level;
  if (typeof level === 'number') {
    if (level < 0) return 'unsubscribed';
    if (level >= 3) return 'installed';
    return (['invited', 'accepted', 'device_registered'] as const)[level] ?? 'unknown';
  }
  if (status?.cssClass === 'green') return 'installed';
  if (status?.cssClass === 'red') return 'unsubscribed';
  if (status?.cssClass === 'yellow') return 'invited';
  return 'unknown';
}

export function testerStatus(status: ApiTesterStatus | null | undefined): TesterStatus {
  const stage = stageOf(status);
  const label = status?.label?.trim();
  const words = WORDS[stage];
  return {
    stage,
    // An unseen label is still more useful than "unknown": show Installr's own words.
    text: stage === 'unknown' && label ? label : words.text,
    tone: words.tone,
    ...(label ? { serviceLabel: label } : {}),
  };
}

export function pendingStatus(): TesterStatus {
  return { stage: 'awaiting_approval', ...WORDS.awaiting_approval };
}
