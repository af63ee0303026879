import { lookup } from 'node:dns/promises';
import type { ConnectionStep, ConnectionTest } from '../../../shared/contract/network';
import { DropshipError } from '../../../shared/errors';
import { SERVICE_NAMES, type ServiceId } from '../../../shared/domain/services';
import type { ServiceCredentials } from '../accounts/accounts';
import { verifiers } from '../accounts/verify';
import { statusError } from '../http/errors';
import type { CoreContext } from '../context';
import type { ProxyRoute } from '../http/proxy-rules';
import { t } from '../i18n/translate';

/**
 * "Test connection": the steps a request takes, each said plainly, stopping at the first
 * that fails — name lookup, the proxy, TLS, the credentials, then the service itself.
 */
export async function testConnection(
  ctx: CoreContext,
  service: ServiceId,
): Promise<ConnectionTest> {
  const name = SERVICE_NAMES[service];
  let credentials: ServiceCredentials;
  try {
    credentials = await ctx.accounts.credentials(service);
  } catch {
    return {
      service,
      ok: false,
      steps: [
        {
          step: 'service',
          state: 'failed',
          detail: t('network:test.notConnected', { service: name }),
        },
      ],
    };
  }
  const url = new URL(credentials.baseUrl);
  const [route] = await ctx.http.routes(url.toString());
  const viaProxy = route?.kind === 'proxy' ? route : undefined;
  const steps: ConnectionStep[] = [];
  const lookupHost = viaProxy ? new URL(viaProxy.url).hostname : url.hostname;

  const found = await lookup(lookupHost).then(
    () => true,
    () => false,
  );
  steps.push(
    found
      ? { step: 'lookup', state: 'ok', detail: t('network:test.found', { host: lookupHost }) }
      : {
          step: 'lookup',
          state: 'failed',
          detail: t(viaProxy ? 'network:test.proxyNotFound' : 'network:test.notFound', {
            host: lookupHost,
          }),
        },
  );
  if (!found) return finish(service, steps, ['proxy', 'tls', 'authentication', 'service']);

  let failure: unknown;
  try {
    await reach(ctx, { ...credentials, http: ctx.http });
  } catch (error) {
    failure = error;
  }
  const code = failure instanceof DropshipError ? failure.code : failure ? 'internal' : undefined;
  const words = failure instanceof Error ? sentence(failure) : '';
  const failedAt: ConnectionStep['step'] | undefined =
    code === undefined
      ? undefined
      : code === 'proxy'
        ? 'proxy'
        : code === 'certificate'
          ? 'tls'
          : code === 'unauthorized' || code === 'forbidden'
            ? 'authentication'
            : 'service';
  const order: ConnectionStep['step'][] = ['proxy', 'tls', 'authentication', 'service'];
  for (const step of order) {
    if (failedAt === step) {
      steps.push({ step, state: 'failed', detail: words });
      return finish(service, steps, order.slice(order.indexOf(step) + 1));
    }
    steps.push(passed(step, viaProxy, url, name));
  }
  return { service, ok: true, steps };
}

/** A harmless read with the account's credentials; Product Science has none, so its API root. */
async function reach(ctx: CoreContext, credentials: ServiceCredentials): Promise<void> {
  if (credentials.service !== 'productscience') {
    await verifiers[credentials.service](credentials);
    return;
  }
  const response = await ctx.http.send({
    service: 'productscience',
    method: 'GET',
    url: credentials.baseUrl,
    headers: { authorization: `Bearer ${credentials.secret}`, accept: 'application/json' },
  });
  if (response.status === 401 || response.status === 403 || response.status >= 500) {
    throw statusError('productscience', response.status, undefined);
  }
}

function passed(
  step: ConnectionStep['step'],
  proxy: Extract<ProxyRoute, { kind: 'proxy' }> | undefined,
  url: URL,
  name: string,
): ConnectionStep {
  switch (step) {
    case 'proxy':
      return proxy
        ? {
            step,
            state: 'ok',
            detail: t('network:test.proxyPassed', { proxy: new URL(proxy.url).host }),
          }
        : { step, state: 'skipped', detail: t('network:test.noProxy') };
    case 'tls':
      return url.protocol === 'https:'
        ? { step, state: 'ok', detail: t('network:test.trusted', { host: url.host }) }
        : { step, state: 'skipped', detail: t('network:test.noHttps') };
    case 'authentication':
      return { step, state: 'ok', detail: t('network:test.accepted', { service: name }) };
    default:
      return { step, state: 'ok', detail: t('network:test.answered', { service: name }) };
  }
}

function finish(
  service: ServiceId,
  steps: ConnectionStep[],
  rest: ConnectionStep['step'][],
): ConnectionTest {
  for (const step of rest)
    steps.push({ step, state: 'skipped', detail: t('network:test.notReached') });
  return { service, ok: false, steps };
}

function sentence(error: Error): string {
  const hint = error instanceof DropshipError && error.hint ? ` ${error.hint}` : '';
  return `${error.message}${hint}`;
}
