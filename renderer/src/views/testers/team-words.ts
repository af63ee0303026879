import type { InstallrTester, InviteResult } from '../../../../shared/contract/installr';

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

/** "6 testers · 1 installed · 2 waiting to accept" */
export function teamSummary(testers: readonly InstallrTester[]): string {
  const count = (stage: InstallrTester['status']['stage']) =>
    testers.filter((t) => t.status.stage === stage).length;
  const parts = [plural(testers.length, 'tester')];
  const installed = count('installed');
  const waiting = count('invited');
  if (installed) parts.push(`${installed} installed`);
  if (waiting) parts.push(`${waiting} waiting to accept`);
  return parts.join(' · ');
}

/** The sentence after a successful invite. */
export function inviteSummary(result: InviteResult): string {
  const who = plural(result.invited.length, 'tester');
  const sentence =
    result.mode === 'notify'
      ? `Invited ${who}. Installr emailed each of them an invitation.`
      : `Added ${who} without an email. Send them their invite link yourself.`;
  const twice = result.duplicates.length
    ? ` ${result.duplicates.join(', ')} ${result.duplicates.length === 1 ? 'was' : 'were'} pasted twice and invited once.`
    : '';
  return sentence + twice;
}
