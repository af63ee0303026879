import type { ServiceId } from '../../../shared/domain/services';

/**
 * Services that answered 429 with Retry-After: until then, no transfer starts an attempt
 * to them, not only the one that was refused (the limit is the account's, not the
 * upload's). Transfers already sending carry on; a body cannot be paused.
 */
export class ServicePauses {
  readonly #until = new Map<ServiceId, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** `service` asked to be left alone for `ms`. */
  hold(service: ServiceId, ms: number): void {
    const until = this.now() + ms;
    if (until > (this.#until.get(service) ?? 0)) this.#until.set(service, until);
  }

  /** How long before `service` may be called again; 0 when it may. */
  remainingMs(service: ServiceId): number {
    const left = (this.#until.get(service) ?? 0) - this.now();
    if (left <= 0) this.#until.delete(service);
    return Math.max(0, left);
  }
}
