import { DropshipError } from '../../../shared/errors';
import { SERVICE_NAMES, type ServiceId } from '../../../shared/domain/services';
import { t } from '../i18n/translate';

/**
 * A token sent over plain http can be read by anyone on the network path, so a service's
 * address must be https — except on this machine (127.0.0.0/8, ::1, localhost), where the
 * sandbox and local test servers run and nothing leaves the computer.
 */
export function insecureBaseUrlProblem(baseUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return t('accounts:url.notAnAddress');
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol !== 'http:') return t('accounts:url.notHttps');
  if (isLoopback(url.hostname)) return undefined;
  return t('accounts:url.plainHttp', { host: url.host });
}

export function requireSecureBaseUrl(baseUrl: string, service: ServiceId): void {
  const problem = insecureBaseUrlProblem(baseUrl);
  if (!problem) return;
  throw new DropshipError({
    code: 'invalid_input',
    service,
    retryable: false,
    message: t('accounts:url.refused', { service: SERVICE_NAMES[service], url: baseUrl, problem }),
    fields: { baseUrl: problem },
  });
}

function isLoopback(hostname: string): boolean {
  if (hostname === 'localhost' || hostname === '[::1]') return true;
  const octets = hostname.split('.');
  return (
    octets.length === 4 &&
    octets[0] === '127' &&
    octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255)
  );
}
