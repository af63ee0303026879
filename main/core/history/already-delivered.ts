import { randomUUID } from 'node:crypto';
import type { FileFacts } from '../../../shared/contract/uploads';
import type { Delivery } from '../../../shared/domain/history';
import type { ServiceId } from '../../../shared/domain/services';
import type { CoreContext } from '../context';
import { accountKeyOf, accountNameOf } from './record-job';

/**
 * The services that already hold these exact bytes (same SHA-256, same account), with the
 * first delivery that put them there. A re-run CI job asks this before sending anything.
 */
export function alreadyDelivered(
  ctx: CoreContext,
  sha256: string,
  services: ServiceId[],
  /** Each service's account (id or name); absent: the one its views show. */
  accountOf: (service: ServiceId) => string | undefined = () => undefined,
): Map<ServiceId, Delivery> {
  const found = new Map<ServiceId, Delivery>();
  for (const service of services) {
    const key = accountKeyOf(ctx.accounts.summary(service, accountOf(service)));
    const earlier = ctx.history.deliveredBefore(sha256, key);
    if (earlier) found.set(service, earlier);
  }
  return found;
}

/**
 * Every account of `service` that already holds these exact bytes, with its first delivery
 * there: the Upload view shows the one for the account the person picked.
 */
export function deliveredOnEachAccount(
  ctx: CoreContext,
  sha256: string,
  service: ServiceId,
): { account?: { id: string; name: string }; shown: boolean; earlier: Delivery }[] {
  const shown = ctx.accounts.summary(service);
  const ids = shown.accounts.length > 0 ? shown.accounts.map((a) => a.id) : [undefined];
  return ids.flatMap((id) => {
    const summary = id === undefined ? shown : ctx.accounts.summary(service, id);
    const earlier = ctx.history.deliveredBefore(sha256, accountKeyOf(summary));
    if (!earlier) return [];
    const isShown = summary.account?.id === shown.account?.id;
    return [{ ...(summary.account ? { account: summary.account } : {}), shown: isShown, earlier }];
  });
}

/** Remembers that a delivery was skipped because the service had the build already. */
export function recordSkipped(
  ctx: CoreContext,
  facts: FileFacts,
  sha256: string,
  earlier: Delivery,
  accountId?: string,
): void {
  const account = ctx.accounts.summary(earlier.service, accountId);
  ctx.history.record({
    ...earlier,
    id: randomUUID(),
    dropId: randomUUID(),
    finishedAt: new Date().toISOString(),
    account: accountNameOf(account),
    accountKey: accountKeyOf(account),
    outcome: 'already-delivered',
    sha256,
    fileName: facts.fileName,
    filePath: facts.path,
    fileSize: facts.size,
    error: null,
    target: null,
    profile: null,
  });
}
