import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a route handler gets: the parsed request, and helpers to answer it. */
export class HttpContext {
  readonly url: URL;
  params: Record<string, string> = {};
  /** The largest body this server takes (set by the emulator server; see its option). */
  maxUploadBytes = Infinity;

  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
  ) {
    this.url = new URL(req.url ?? '/', 'http://127.0.0.1');
  }

  get method(): string {
    return (this.req.method ?? 'GET').toUpperCase();
  }

  get path(): string {
    return this.url.pathname;
  }

  get query(): URLSearchParams {
    return this.url.searchParams;
  }

  header(name: string): string | undefined {
    const value = this.req.headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
  }

  json(status: number, body: unknown, headers: Record<string, string> = {}): void {
    if (this.res.headersSent) return;
    const text = JSON.stringify(body);
    this.res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      ...headers,
    });
    this.res.end(text);
  }

  text(status: number, body: string, headers: Record<string, string> = {}): void {
    if (this.res.headersSent) return;
    this.res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
    this.res.end(body);
  }

  empty(status: number, headers: Record<string, string> = {}): void {
    if (this.res.headersSent) return;
    this.res.writeHead(status, headers);
    this.res.end();
  }

  /** The whole body as text (for JSON and form-encoded requests; uploads use multipart). */
  async readText(limitBytes = 5 * 1024 * 1024): Promise<string> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of this.req) {
      size += (chunk as Buffer).length;
      if (size > limitBytes) throw new RequestTooLarge();
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  }

  /** JSON body, or undefined when the body is empty or not JSON (the route decides). */
  async readJson(): Promise<unknown> {
    const text = await this.readText();
    if (!text) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  }
}

export class RequestTooLarge extends Error {}
