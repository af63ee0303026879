import type {
  InstallrTester,
  InviteResult,
  TesterStage,
  TesterStatus,
} from '../../../../shared/contract/installr';
import type { EmailProblem, InvalidEmail } from '../../../../shared/domain/emails';
import type { Translate } from '../../lib/translate';

const STAGES: Record<TesterStage, string> = {
  not_notified: 'testers:stage.not_notified',
  invited: 'testers:stage.invited',
  accepted: 'testers:stage.accepted',
  device_registered: 'testers:stage.device_registered',
  installed: 'testers:stage.installed',
  unsubscribed: 'testers:stage.unsubscribed',
  awaiting_approval: 'testers:stage.awaiting_approval',
  unknown: 'testers:stage.unknown',
};

const PROBLEMS: Record<EmailProblem, string> = {
  no_at: 'testers:problem.no_at',
  nothing_before_at: 'testers:problem.nothing_before_at',
  nothing_after_at: 'testers:problem.nothing_after_at',
  several_at: 'testers:problem.several_at',
  bad_local: 'testers:problem.bad_local',
  no_dot: 'testers:problem.no_dot',
  bad_domain: 'testers:problem.bad_domain',
  short_ending: 'testers:problem.short_ending',
};

/** "6 testers · 1 installed · 2 waiting to accept" */
export function teamSummary(t: Translate, testers: readonly InstallrTester[]): string {
  const count = (stage: InstallrTester['status']['stage']) =>
    testers.filter((tester) => tester.status.stage === stage).length;
  const parts = [t('testers:summary.testers', { count: testers.length })];
  const installed = count('installed');
  const waiting = count('invited');
  if (installed) parts.push(t('testers:summary.installed', { count: installed }));
  if (waiting) parts.push(t('testers:summary.waiting', { count: waiting }));
  return parts.join(' · ');
}

/** The sentence after a successful invite. */
export function inviteSummary(t: Translate, result: InviteResult): string {
  const count = result.invited.length;
  const sentence =
    result.mode === 'notify'
      ? t('testers:invite.notified', { count })
      : t('testers:invite.added', { count });
  const twice = result.duplicates.length
    ? ` ${t('testers:invite.twice', {
        count: result.duplicates.length,
        emails: result.duplicates.join(', '),
      })}`
    : '';
  return sentence + twice;
}

/** A tester's progress in words; a label Installr adds later shows as Installr wrote it. */
export function testerStatusText(t: Translate, status: TesterStatus): string {
  if (status.stage === 'unknown' && status.serviceLabel) return status.serviceLabel;
  return t(STAGES[status.stage]);
}

/** One sentence naming the invalid addresses, for the email field. */
export function invalidEmailsText(t: Translate, invalid: readonly InvalidEmail[]): string {
  if (invalid.length === 1) {
    const [only] = invalid;
    return t('testers:invalid.one', { value: only!.value, reason: emailReason(t, only!) });
  }
  return t('testers:invalid.several', {
    values: invalid.map((entry) => t('testers:invalid.quoted', { value: entry.value })).join(', '),
  });
}

export const emailReason = (t: Translate, entry: InvalidEmail) => t(PROBLEMS[entry.problem]);
