import { stat } from 'node:fs/promises';
import type { Delivery, DeliveryOutcome } from '../../../shared/domain/history';
import type { AccountSummary } from '../../../shared/contract/accounts';
import type { CoreContext } from '../context';
import { profileBuild } from '../diff/build-profile';
import type { JobRecord } from '../transfer/job-store';
import type { HistoryStore } from './history-store';

const OUTCOMES: Partial<Record<JobRecord['state'], DeliveryOutcome>> = {
  done: 'delivered',
  failed: 'failed',
  cancelled: 'cancelled',
};

/**
 * Writes a finished job into the history. The build's profile (what a later diff compares)
 * is read now, from the file as it still is: only when its size is the one that was sent,
 * since a build overwritten in place would describe the wrong bytes.
 */
export async function recordJob(
  history: HistoryStore,
  accounts: CoreContext['accounts'],
  job: JobRecord,
): Promise<void> {
  const outcome = OUTCOMES[job.state];
  if (!outcome) return;
  // An account removed since keeps its id as its name here: the delivery is still kept.
  const summary = accounts.summary(job.service, job.target.account);
  const account =
    summary.account || !job.target.account ? summary : { ...summary, label: job.target.account };
  history.record(deliveryOf(job, outcome, account, await profileOf(job)));
}

export function deliveryOf(
  job: JobRecord,
  outcome: DeliveryOutcome,
  account: AccountSummary,
  profile: Delivery['profile'],
): Delivery {
  return {
    id: job.id,
    dropId: job.dropId,
    finishedAt: job.updatedAt,
    service: job.service,
    account: accountNameOf(account),
    accountKey: accountKeyOf(account),
    outcome,
    appId: job.build?.id ?? null,
    appName: job.build?.name ?? null,
    version: job.build?.version ?? null,
    build: job.build?.build ?? null,
    platform: job.build?.platform ?? null,
    sha256: job.result?.sha256 ?? null,
    commit:
      job.build?.commit ??
      (job.target.service === 'productscience' && job.target.sourceControlId
        ? job.target.sourceControlId
        : null),
    fileName: job.fileName,
    filePath: job.filePath,
    fileSize: job.fileSize,
    remoteId: job.result?.remoteId ?? null,
    headline: job.result?.headline ?? null,
    links: job.result?.links ?? [],
    error: job.error?.message ?? null,
    target: job.target,
    profile,
  };
}

/** The account as the person named it ("Default", "QA team", "Sandbox"). */
export function accountNameOf(account: AccountSummary): string {
  return account.account?.name ?? account.label;
}

/** Service, address and name: the same token at another address is another account. */
export function accountKeyOf(account: AccountSummary): string {
  return [account.service, account.baseUrl ?? '', account.label].join(' ');
}

async function profileOf(job: JobRecord): Promise<Delivery['profile']> {
  if (job.state !== 'done' || !job.build?.id) return null;
  try {
    if ((await stat(job.filePath)).size !== job.fileSize) return null;
    return await profileBuild(job.filePath);
  } catch {
    return null; // Gone or unreadable since: the delivery is still worth remembering.
  }
}
