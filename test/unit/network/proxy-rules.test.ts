import { describe, expect, it } from 'vitest';
import {
  bypasses,
  parsePacList,
  parseProxyUrl,
  proxyFromEnv,
  ProxySettingError,
} from '../../../main/core/http/proxy-rules';
import { appRoutes } from '../../../main/core/http/app-network';
import { certificateProblem } from '../../../main/core/http/connection-errors';
import { redact } from '../../../main/core/redact';

describe('proxy variables (as curl reads them)', () => {
  it('uses HTTPS_PROXY for https URLs and HTTP_PROXY for http ones, in either case', () => {
    const route = proxyFromEnv({ HTTPS_PROXY: 'http://secure:3128', http_proxy: 'plain:8080' });
    expect(route('https://api.example.com/x')).toEqual({
      kind: 'proxy',
      origin: 'environment',
      url: 'http://secure:3128',
    });
    expect(route('http://api.example.com/x')).toMatchObject({ url: 'http://plain:8080' });
    expect(proxyFromEnv({})('https://a.example')).toEqual({ kind: 'direct', origin: 'none' });
  });

  it('prefers the lower-case variable when both are set', () => {
    const route = proxyFromEnv({ https_proxy: 'http://lower:1', HTTPS_PROXY: 'http://upper:2' });
    expect(route('https://a.example')).toMatchObject({ url: 'http://lower:1' });
  });

  it('decodes percent-encoded credentials and keeps them out of the URL', () => {
    const route = parseProxyUrl('http://ci%20user:p%40ss%3Aword@proxy.corp:8080', 'environment');
    expect(route).toEqual({
      kind: 'proxy',
      origin: 'environment',
      url: 'http://proxy.corp:8080',
      credentials: { username: 'ci user', password: 'p@ss:word' },
    });
  });

  it('refuses an address it cannot use, without echoing the password', () => {
    expect(() => parseProxyUrl('ftp://me:secret@proxy:21', 'manual')).toThrow(ProxySettingError);
    expect(() => parseProxyUrl('ftp://me:secret@proxy:21', 'manual')).toThrow(/^((?!secret).)*$/);
  });
});

describe('NO_PROXY', () => {
  const url = (u: string) => new URL(u);
  it('accepts *, domain suffixes with or without a dot, and ports', () => {
    expect(bypasses('*', url('https://anything.example'))).toBe(true);
    expect(bypasses('example.com', url('https://api.example.com'))).toBe(true);
    expect(bypasses('.example.com', url('https://example.com'))).toBe(true);
    expect(bypasses('example.com', url('https://notexample.com'))).toBe(false);
    expect(bypasses('internal:8443', url('https://internal:8443/x'))).toBe(true);
    expect(bypasses('internal:8443', url('https://internal/x'))).toBe(false);
    expect(bypasses('127.0.0.1:443', url('https://127.0.0.1/x'))).toBe(true);
    expect(bypasses(' a.test , b.test ', url('http://x.b.test'))).toBe(true);
    expect(bypasses('', url('http://x.b.test'))).toBe(false);
  });

  it('sends a bypassed host directly', () => {
    const route = proxyFromEnv({ HTTPS_PROXY: 'http://p:1', NO_PROXY: '.corp.example' });
    expect(route('https://builds.corp.example/a').kind).toBe('direct');
    expect(route('https://cloud.bitbar.com/api').kind).toBe('proxy');
  });
});

describe('PAC lists from the OS (session.resolveProxy)', () => {
  it('keeps the order of PROXY, HTTPS, SOCKS and DIRECT entries', () => {
    expect(parsePacList('PROXY a.corp:8080; HTTPS b.corp:443;SOCKS5 c:1080; DIRECT')).toEqual([
      { kind: 'proxy', origin: 'system', url: 'http://a.corp:8080' },
      { kind: 'proxy', origin: 'system', url: 'https://b.corp:443' },
      { kind: 'proxy', origin: 'system', url: 'socks5://c:1080' },
      { kind: 'direct', origin: 'system' },
    ]);
    expect(parsePacList('DIRECT')).toEqual([{ kind: 'direct', origin: 'system' }]);
    expect(parsePacList('')).toEqual([{ kind: 'direct', origin: 'system' }]);
    expect(parsePacList('QUIC q:1; PROXY ok:1')).toEqual([
      { kind: 'proxy', origin: 'system', url: 'http://ok:1' },
    ]);
  });

  const settings = (
    over: Partial<{ proxyMode: 'system' | 'manual' | 'direct'; proxyUrl: string }>,
  ) => ({
    proxyMode: 'system' as const,
    proxyUrl: '',
    caFiles: [],
    ...over,
  });

  it('asks the resolver for each URL and adds the credentials from the vault', async () => {
    const asked: string[] = [];
    const resolver = async (url: string) => {
      asked.push(url);
      return url.includes('bitbar') ? 'PROXY pac.corp:3128; DIRECT' : 'DIRECT';
    };
    const routes = appRoutes(settings({}), resolver, { username: 'u', password: 'p' });
    expect(await routes('https://cloud.bitbar.com/api/me')).toEqual([
      {
        kind: 'proxy',
        origin: 'system',
        url: 'http://pac.corp:3128',
        credentials: { username: 'u', password: 'p' },
      },
      { kind: 'direct', origin: 'system' },
    ]);
    expect(await routes('https://api.test.io/x')).toEqual([{ kind: 'direct', origin: 'system' }]);
    expect(asked).toEqual(['https://cloud.bitbar.com/api/me', 'https://api.test.io/x']);
  });

  it('lets a manual setting override the OS, and a failing resolver mean direct', async () => {
    const never = async () => 'PROXY os:1';
    expect(
      await appRoutes(
        settings({ proxyMode: 'manual', proxyUrl: 'http://m:9' }),
        never,
        undefined,
      )('https://a.example'),
    ).toEqual([{ kind: 'proxy', origin: 'manual', url: 'http://m:9' }]);
    expect(
      await appRoutes(settings({ proxyMode: 'direct' }), never, undefined)('https://a'),
    ).toEqual([{ kind: 'direct', origin: 'manual' }]);
    const broken = async () => Promise.reject(new Error('no PAC'));
    expect(await appRoutes(settings({}), broken, undefined)('https://a')).toEqual([
      { kind: 'direct', origin: 'system' },
    ]);
  });
});

describe('certificate problems', () => {
  it('names each kind with the host and what to do', () => {
    const words = (code: string) => certificateProblem([code], 'api.example.com');
    expect(words('SELF_SIGNED_CERT_IN_CHAIN')?.hint).toContain(
      "add your company's root certificate",
    );
    expect(words('DEPTH_ZERO_SELF_SIGNED_CERT')?.message).toBe(
      'api.example.com presented a self-signed certificate.',
    );
    expect(words('CERT_HAS_EXPIRED')?.message).toBe(
      'The certificate of api.example.com has expired.',
    );
    expect(words('ERR_TLS_CERT_ALTNAME_INVALID')?.message).toContain('is for another name');
    expect(words('ECONNRESET')).toBeUndefined();
  });
});

describe('proxy credentials in logs', () => {
  it('are redacted from proxy URLs of any scheme and from Proxy-Authorization', () => {
    const line = redact(
      'via socks5://bot:hunter2@proxy:1080 and http://bot:hunter2@proxy:8080 proxy-authorization: Basic Ym90Omh1bnRlcjI=',
    );
    expect(line).not.toContain('hunter2');
    expect(line).not.toContain('Ym90Omh1bnRlcjI=');
  });
});
