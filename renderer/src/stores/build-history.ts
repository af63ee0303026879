import type { BuildHistory } from '../../../shared/contract/history';
import type { ServiceId } from '../../../shared/domain/services';

export type EarlierDelivery = BuildHistory['alreadyDelivered'][number];

/**
 * The delivery that already put these exact bytes on the service's `account` (an id or a
 * name, as Upload's picker holds it; absent: the account its views show), if one did.
 */
export function deliveredTo(
  history: BuildHistory | undefined,
  service: ServiceId,
  account?: string,
): EarlierDelivery | undefined {
  return history?.alreadyDelivered.find(
    (d) =>
      d.service === service &&
      (account ? d.account?.id === account || d.account?.name === account : d.shown),
  );
}

/**
 * A service that already has the build is held back unless the person asked to send it again:
 * a re-dropped build goes nowhere twice by accident.
 */
export function isHeldAsDelivered(
  history: BuildHistory | undefined,
  sendAgain: readonly ServiceId[],
  service: ServiceId,
  account?: string,
): boolean {
  return Boolean(deliveredTo(history, service, account)) && !sendAgain.includes(service);
}
