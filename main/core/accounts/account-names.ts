import { AccountNameSchema } from '../../../shared/contract/accounts';
import { DropshipError } from '../../../shared/errors';
import { SERVICE_NAMES, type ServiceId } from '../../../shared/domain/services';
import type { AccountEntry } from '../../../shared/settings';
import { t } from '../i18n/translate';

/** A new account's name when the person gives none: "Default", else "Installr 2", … */
export function freeName(service: ServiceId, accounts: AccountEntry[]): string {
  const taken = new Set(accounts.map((a) => a.name.toLowerCase()));
  if (!taken.has('default')) return 'Default';
  let n = 2;
  while (taken.has(`${SERVICE_NAMES[service]} ${n}`.toLowerCase())) n += 1;
  return `${SERVICE_NAMES[service]} ${n}`;
}

/**
 * The name, cleaned. An invalid name, or one another of the service's accounts has (in any
 * case), is an `invalid_input` error on the `name` field, worded for the person.
 */
export function requireFreeName(
  service: ServiceId,
  accounts: AccountEntry[],
  name: string,
  ownId?: string,
): string {
  const parsed = AccountNameSchema.safeParse(name);
  if (!parsed.success)
    throw nameProblem(service, parsed.error.issues[0]?.message ?? t('accounts:name.required'));
  const wanted = parsed.data.toLowerCase();
  const clash = accounts.find((a) => a.id !== ownId && a.name.toLowerCase() === wanted);
  if (clash) {
    throw nameProblem(
      service,
      t('accounts:name.taken', { service: SERVICE_NAMES[service], name: clash.name }),
    );
  }
  return parsed.data;
}

function nameProblem(service: ServiceId, problem: string): DropshipError {
  return new DropshipError({
    code: 'invalid_input',
    service,
    retryable: false,
    message: problem,
    fields: { name: problem },
  });
}
