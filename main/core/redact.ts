/**
 * Scrubs secrets from text bound for logs: tokens in headers, signed-URL query strings,
 * basic-auth userinfo. Applied to everything the core logs.
 */
const PATTERNS: [RegExp, string][] = [
  [
    /(x-installrapptoken|authorization|x-amz-signature|x-goog-signature|api[-_]?key|token|password|secret)(["']?\s*[:=]\s*["']?)(bearer\s+|token\s+|basic\s+)?[^\s"'&,}]+/gi,
    '$1$2$3[redacted]',
  ],
  // Any scheme: proxy addresses (http, https, socks5) carry user:password too.
  [/([a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+:[^/\s@]*@/gi, '$1[redacted]@'],
  [/(https?:\/\/[^\s?"']+)\?[^\s"']+/gi, '$1?[redacted]'],
];

export function redact(text: string): string {
  return PATTERNS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}
