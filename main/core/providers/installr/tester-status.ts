import type { TesterStage, TesterStatus } from '../../../../shared/contract/installr';
import type { ApiTesterStatus } from './schemas';
import { t } from '../../i18n/translate';
import type { MessageKey } from '../../i18n/resources';

/**
 * Installr's tester status ({cssClass, label, level}) in plain words. The label is the
 * most specific signal; the level (0 invited … 3 installed, negative = opted out) and
 * the colour are fallbacks for labels we have not seen.
 */
const TONES: Record<TesterStage, TesterStatus['tone']> = {
  not_notified: 'neutral',
  invited: 'warning',
  accepted: 'neutral',
  device_registered: 'neutral',
  installed: 'good',
  unsubscribed: 'bad',
  awaiting_approval: 'warning',
  unknown: 'neutral',
};

const TEXTS: Record<TesterStage, MessageKey> = {
  not_notified: 'installr:tester.notNotified',
  invited: 'installr:tester.invited',
  accepted: 'installr:tester.accepted',
  device_registered: 'installr:tester.deviceRegistered',
  installed: 'installr:tester.installed',
  unsubscribed: 'installr:tester.unsubscribed',
  awaiting_approval: 'installr:tester.awaitingApproval',
  unknown: 'installr:tester.unknown',
};

/** A stage in words (in the core's language) with its tone. */
const words = (stage: TesterStage) => ({ text: t(TEXTS[stage]), tone: TONES[stage] });

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
  const said = words(stage);
  return {
    stage,
    // An unseen label is still more useful than "unknown": show Installr's own words.
    text: stage === 'unknown' && label ? label : said.text,
    tone: said.tone,
    ...(label ? { serviceLabel: label } : {}),
  };
}

export function pendingStatus(): TesterStatus {
  return { stage: 'awaiting_approval', ...words('awaiting_approval') };
}
