import { DropshipError } from '../../../shared/errors';
import { SERVICE_NAMES, type ServiceId } from '../../../shared/domain/services';

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
    return 'Enter a full address, like https://example.com';
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol !== 'http:') return 'The address must start with https://';
  if (isLoopback(url.hostname)) return undefined;
  return `Use https:// — over plain http:// your token could be read on the way to ${url.host}. (http:// works only for this computer: localhost or 127.0.0.1.)`;
}

export function requireSecureBaseUrl(baseUrl: string, service: ServiceId): void {
  const problem = insecureBaseUrlProblem(baseUrl);
  if (!problem) return;
  throw new DropshipError({
    code: 'invalid_input',
    service,
    retryable: false,
    message: `Dropship will not send your ${SERVICE_NAMES[service]} token to ${baseUrl}: ${problem}`,
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
