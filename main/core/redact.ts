/**
 * Scrubs secrets from text bound for logs: tokens in headers (written `name: value`, or as
 * a header array `['authorization', 'Bearer …']`), cookies, bare bearer tokens,
 * signed-URL query strings and basic-auth userinfo. Applied to everything the core logs.
 */
const SECRET_HEADERS =
  'x-installrapptoken|proxy-authorization|authorization|set-cookie|cookie|x-api-key|api[-_]?key';

const PATTERNS: [RegExp, string][] = [
  // Header arrays and raw headers: the value is the next quoted item, spaces and all.
  [new RegExp(`(["'](?:${SECRET_HEADERS})["']\\s*,\\s*["'])[^"']*`, 'gi'), '$1[redacted]'],
  // A cookie's value runs to the end of the line (it holds `=` and `;`).
  [/((?:set-)?cookie)(["']?\s*[:=]\s*["']?)[^\r\n"']+/gi, '$1$2[redacted]'],
  [
    /(x-installrapptoken|authorization|x-amz-signature|x-goog-signature|api[-_]?key|token|password|secret)(["']?\s*[:=]\s*["']?)(bearer\s+|token\s+|basic\s+)?[^\s"'&,}]+/gi,
    '$1$2$3[redacted]',
  ],
  // A bearer token on its own, wherever it appears.
  [/\b(bearer\s+)[\w.~+/=-]+/gi, '$1[redacted]'],
  // Any scheme: proxy addresses (http, https, socks5) carry user:password too.
  [/([a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+:[^/\s@]*@/gi, '$1[redacted]@'],
  [/(https?:\/\/[^\s?"']+)\?[^\s"']+/gi, '$1?[redacted]'],
];

export function redact(text: string): string {
  return PATTERNS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}
