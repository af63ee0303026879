import type { BuildHistory } from '../../../shared/contract/history';
import type { ServiceId } from '../../../shared/domain/services';

export type EarlierDelivery = BuildHistory['alreadyDelivered'][number];

/** The delivery that already put these exact bytes on a service, if one did. */
export function deliveredTo(
  history: BuildHistory | undefined,
  service: ServiceId,
): EarlierDelivery | undefined {
  return history?.alreadyDelivered.find((d) => d.service === service);
}

/**
 * A service that already has the build is held back unless the person asked to send it again:
 * a re-dropped build goes nowhere twice by accident.
 */
export function isHeldAsDelivered(
  history: BuildHistory | undefined,
  sendAgain: readonly ServiceId[],
  service: ServiceId,
): boolean {
  return Boolean(deliveredTo(history, service)) && !sendAgain.includes(service);
}
