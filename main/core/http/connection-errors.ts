import { SERVICE_NAMES, type ServiceId } from '../../../shared/domain/services';
import { HttpError, networkError, safeHost } from './errors';
import type { ProxyRoute } from './proxy-rules';
import { Socks5Error } from './socks5';

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
        message: `The SOCKS proxy at ${proxy} could not reach ${SERVICE_NAMES[service]} (${host}): ${codes.socks.message}.`,
        hint: 'Ask your network administrator whether this address is allowed through the proxy.',
      });
    }
    if (codes.socks?.failure === 'protocol') {
      return new HttpError({
        code: 'proxy',
        service,
        retryable: false,
        message: `The proxy at ${proxy} did not open a connection: ${codes.socks.message}.`,
        hint: 'Check the proxy address and its kind (http, https or socks5) in Settings → Network.',
      });
    }
    if (status === 407 || codes.socks) {
      return new HttpError(
        {
          code: 'proxy',
          service,
          retryable: false,
          message: `The proxy at ${proxy} asked for a user name and password`,
          hint: route.credentials
            ? 'The proxy refused the user name and password Dropship sent; check them in Settings → Network (or in the proxy address).'
            : 'Add them in Settings → Network, or put them in the proxy address (http://user:password@host:port).',
        },
        407,
      );
    }
    if (status !== undefined && status < 500) {
      return new HttpError({
        code: 'proxy',
        service,
        retryable: false,
        message: `The proxy at ${proxy} refused the connection to ${SERVICE_NAMES[service]} (${host}, HTTP ${status}).`,
        hint: 'Ask your network administrator whether this address is allowed through the proxy.',
      });
    }
    if (codes.codes.some((c) => PROXY_UNREACHABLE.has(c))) {
      return new HttpError({
        code: 'proxy',
        service,
        retryable: false,
        message: `Could not reach the proxy at ${proxy}.`,
        hint: 'Check the proxy address in Settings → Network (or HTTPS_PROXY / --proxy).',
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

const ADD_ROOT =
  "Your network may be inspecting secure connections; add your company's root certificate in Settings → Network (on the command line: --ca FILE).";

/** The person-facing words for a certificate error code, if it is one. */
export function certificateProblem(
  codes: readonly string[],
  host: string,
): { message: string; hint: string } | undefined {
  for (const code of codes) {
    if (UNTRUSTED.has(code)) {
      return {
        message: `The certificate of ${host} is not signed by an authority Dropship trusts.`,
        hint: ADD_ROOT,
      };
    }
    if (code === 'DEPTH_ZERO_SELF_SIGNED_CERT') {
      return {
        message: `${host} presented a self-signed certificate.`,
        hint: `If this is your company's own server, add its certificate in Settings → Network (on the command line: --ca FILE); otherwise the connection may be intercepted.`,
      };
    }
    if (code === 'CERT_HAS_EXPIRED') {
      return {
        message: `The certificate of ${host} has expired.`,
        hint: "The service has to renew it; also check that this computer's date and time are right.",
      };
    }
    if (code === 'CERT_NOT_YET_VALID') {
      return {
        message: `The certificate of ${host} is not valid yet.`,
        hint: "Check that this computer's date and time are right.",
      };
    }
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
      return {
        message: `The certificate presented for ${host} is for another name.`,
        hint: 'Check the address in Settings; if it is right, your network may be redirecting the connection.',
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
