import { randomBytes } from 'node:crypto';
import type { HttpContext } from '../framework/http-context';
import { discardBody, earlyAnswerHeaders } from './early-answer';

/** Text-node escaping; quotes stay as they are, as in S3's own messages. */
export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `<Tag>value</Tag>` for each entry, in order, values escaped. */
export function xmlElements(entries: Record<string, string | number | undefined>): string {
  return Object.entries(entries)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([tag, value]) => `<${tag}>${escapeXml(String(value))}</${tag}>`)
    .join('');
}

export interface XmlError {
  status: number;
  code: string;
  message: string;
  /** Extra elements the cloud adds for this error (ArgumentName, ProposedSize, Details…). */
  extra?: Record<string, string | number | undefined>;
}

/** Answers with an XML body; never throws if the response already started. */
export function sendXml(
  ctx: HttpContext,
  status: number,
  xml: string,
  headers: Record<string, string> = {},
): void {
  if (ctx.res.headersSent) return;
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
  ctx.res.writeHead(status, {
    'content-type': 'application/xml',
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  ctx.res.end(body);
}

/**
 * S3 and GCS share this error document shape:
 * `<Error><Code>…</Code><Message>…</Message>…</Error>`. S3 adds RequestId/HostId.
 * `early`: the body has not been (fully) read; it is discarded, or cut off when huge.
 */
export function sendXmlError(
  ctx: HttpContext,
  error: XmlError,
  options: { requestIds?: boolean; early?: boolean } = {},
): void {
  const ids = options.requestIds
    ? { RequestId: requestId(), HostId: randomBytes(24).toString('base64') }
    : {};
  const xml = `<Error>${xmlElements({ Code: error.code, Message: error.message, ...error.extra, ...ids })}</Error>`;
  sendXml(ctx, error.status, xml, options.early ? earlyAnswerHeaders(ctx) : {});
  if (options.early) discardBody(ctx);
}

export function requestId(): string {
  return randomBytes(8).toString('hex').toUpperCase();
}
