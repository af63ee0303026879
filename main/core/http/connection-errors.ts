import { SERVICE_NAMES, type ServiceId } from '../../../shared/domain/services';
import { HttpError, networkError, safeHost } from './errors';
import type { ProxyRoute } from './proxy-rules';
import { Socks5Error } from './socks5';
import { t } from '../i18n/translate';

/**
 * A request that never got an HTTP answer from the service, classified: the proxy
 * refused or could not be reached, the certificate is not acceptable, or the network
 * failed. Proxy and certificate failures are settings to fix: final, never retried.
 */
export function connectionError(
  service: ServiceId,
  url: string,
  cause: unknown,
  route: ProxyRoute,
): HttpError {
  const host = safeHost(url);
  const codes = causeChain(cause);
  const certificate = certificateProblem(codes.codes, host);
  if (certificate) {
    return new HttpError({ code: 'certificate', service, retryable: false, ...certificate });
  }
  if (route.kind === 'proxy') {
    const proxy = safeHost(route.url);
    const status = codes.proxyStatus;
    if (codes.socks?.failure === 'refused') {
      return new HttpError({
        code: 'proxy',
        service,
        retryable: false,
        message: t('http:socks.refused', {
          proxy,
          service: SERVICE_NAMES[service],
          host,
          reason: codes.socks.message,
        }),
        hint: t('http:proxy.refusedHint'),
      });
    }
    if (codes.socks?.failure === 'protocol') {
      return new HttpError({
        code: 'proxy',
        service,
        retryable: false,
        message: t('http:socks.protocol', { proxy, reason: codes.socks.message }),
        hint: t('http:socks.protocolHint'),
      });
    }
    if (status === 407 || codes.socks) {
      return new HttpError(
        {
          code: 'proxy',
          service,
          retryable: false,
          message: t('http:proxy.needsCredentials', { proxy }),
          hint: route.credentials
            ? t('http:proxy.credentialsRefusedHint')
            : t('http:proxy.needsCredentialsHint'),
        },
        407,
      );
    }
    if (status !== undefined && status < 500) {
      return new HttpError({
        code: 'proxy',
        service,
        retryable: false,
        message: t('http:proxy.refused', {
          proxy,
          service: SERVICE_NAMES[service],
          host,
          status,
        }),
        hint: t('http:proxy.refusedHint'),
      });
    }
    if (codes.codes.some((c) => PROXY_UNREACHABLE.has(c))) {
      return new HttpError({
        code: 'proxy',
        service,
        retryable: false,
        message: t('http:proxy.unreachable', { proxy }),
        hint: t('http:proxy.unreachableHint'),
      });
    }
  }
  return networkError(service, url, cause);
}

const PROXY_UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN']);

const UNTRUSTED = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
]);

/** The person-facing words for a certificate error code, if it is one. */
export function certificateProblem(
  codes: readonly string[],
  host: string,
): { message: string; hint: string } | undefined {
  for (const code of codes) {
    if (UNTRUSTED.has(code)) {
      return {
        message: t('http:certificate.untrusted', { host }),
        hint: t('http:certificate.untrustedHint'),
      };
    }
    if (code === 'DEPTH_ZERO_SELF_SIGNED_CERT') {
      return {
        message: t('http:certificate.selfSigned', { host }),
        hint: t('http:certificate.selfSignedHint'),
      };
    }
    if (code === 'CERT_HAS_EXPIRED') {
      return {
        message: t('http:certificate.expired', { host }),
        hint: t('http:certificate.expiredHint'),
      };
    }
    if (code === 'CERT_NOT_YET_VALID') {
      return {
        message: t('http:certificate.notYetValid', { host }),
        hint: t('http:certificate.notYetValidHint'),
      };
    }
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
      return {
        message: t('http:certificate.otherName', { host }),
        hint: t('http:certificate.otherNameHint'),
      };
    }
  }
  return undefined;
}

interface CauseFacts {
  codes: string[];
  /** The SOCKS proxy answered but gave no tunnel (auth failures read as a 407). */
  socks?: Socks5Error;
  /** The status the proxy answered a CONNECT (or absolute-URI request) with. */
  proxyStatus: number | undefined;
}

/** Walks `error.cause` (undici wraps), collecting codes and a proxy status from messages. */
function causeChain(error: unknown): CauseFacts {
  const facts: CauseFacts = { codes: [], proxyStatus: undefined };
  let current = error;
  for (let depth = 0; current && depth < 6; depth++) {
    const { code, message, cause } = current as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
    };
    if (typeof code === 'string') facts.codes.push(code);
    if (current instanceof Socks5Error) facts.socks = current;
    if (typeof message === 'string') {
      // undici: "Proxy response (407) !== 200 when HTTP Tunneling" (CONNECT) or
      // "Proxy Authentication Required (407)" (absolute-URI requests).
      const status = /Proxy response \((\d{3})\)|Proxy Authentication Required \((\d{3})\)/.exec(
        message,
      );
      if (status) facts.proxyStatus = Number(status[1] ?? status[2]);
    }
    current = cause;
  }
  return facts;
}
