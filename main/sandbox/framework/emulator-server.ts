import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { ServerTls } from './certificates';
import { Faults, throttleBody } from './faults';
import { HttpContext, RequestTooLarge } from './http-context';
import type { ReceivedFile } from './receive';
import type { Router } from './router';

export interface EmulatorOptions {
  name: string;
  router: Router;
  /** The service's own error body for a status (each API words errors differently). */
  errorBody: (status: number, message: string) => unknown;
  /** Fixed port (standalone `npm run sandbox`); tests and the app use a random one. */
  port?: number;
  /** The largest request body taken (413 past it); default DEFAULT_MAX_UPLOAD_BYTES. */
  maxUploadBytes?: number;
  /** Serve HTTPS with this key and certificate (signed by the sandbox's own CA). */
  tls?: ServerTls | undefined;
}

/** Above any build the real services take (Test IO: 1 GB), below filling a disk. */
export const DEFAULT_MAX_UPLOAD_BYTES = 2 * 1024 * 1024 * 1024;

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string | string[] | undefined>;
  at: number;
}

/** A running emulator: its address, its fault switches and what it has received. */
export interface Emulator {
  name: string;
  url: string;
  faults: Faults;
  /** Every file received, in order (size and SHA-256 for tests). */
  received: ReceivedFile[];
  requests: RecordedRequest[];
  /** Where uploads land; removed on close. */
  filesDir: string;
  close(): Promise<void>;
}

/** Starts one emulator on 127.0.0.1 (random port unless told otherwise). */
export async function startEmulator(options: EmulatorOptions): Promise<Emulator> {
  const faults = new Faults();
  const filesDir = await mkdtemp(join(tmpdir(), `dropship-sandbox-${options.name}-`));
  const emulator: Emulator = {
    name: options.name,
    url: '',
    faults,
    received: [],
    requests: [],
    filesDir,
    close: async () => {
      await closeServer(server);
      await rm(filesDir, { recursive: true, force: true });
    },
  };

  const port = () => (server.address() as AddressInfo).port;
  const maxUploadBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const tooLarge = `Request body too large: the sandbox takes at most ${maxUploadBytes} bytes per request`;
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    const ctx = new HttpContext(req, res);
    ctx.maxUploadBytes = maxUploadBytes;
    const refusal = refuseEarly(ctx, port(), maxUploadBytes);
    if (refusal) {
      ctx.req.resume();
      ctx.json(refusal, options.errorBody(refusal, refusal === 413 ? tooLarge : MISDIRECTED), {
        connection: 'close',
      });
      return;
    }
    void handle(ctx).catch((error: unknown) => {
      if (error instanceof RequestTooLarge) return ctx.json(413, options.errorBody(413, tooLarge));
      console.error(`[sandbox:${options.name}]`, error);
      ctx.json(500, options.errorBody(500, 'Internal server error'));
    });
  };
  const server: Server = options.tls
    ? createHttpsServer({ key: options.tls.key, cert: options.tls.cert }, listener)
    : createServer(listener);

  async function handle(ctx: HttpContext): Promise<void> {
    emulator.requests.push({
      method: ctx.method,
      path: ctx.path,
      query: ctx.url.search,
      headers: ctx.req.headers,
      at: Date.now(),
    });
    if (emulator.requests.length > 5000) emulator.requests.splice(0, 1000);
    if (faults.latencyMs > 0) await new Promise((r) => setTimeout(r, faults.latencyMs));
    if (faults.throttleBytesPerSecond > 0) throttleBody(ctx.req, faults.throttleBytesPerSecond);
    const stallMs = faults.takeStall(ctx.method, ctx.path);
    if (stallMs !== undefined) await new Promise((r) => setTimeout(r, stallMs));

    const dropAfter = faults.takeDrop(ctx.method, ctx.path);
    if (dropAfter !== undefined) {
      let seen = 0;
      ctx.req.on('data', (chunk: Buffer) => {
        seen += chunk.length;
        if (seen >= dropAfter) ctx.req.socket.destroy();
      });
      if (dropAfter === 0) ctx.req.socket.destroy();
    }
    const failure = faults.takeFailure(ctx.method, ctx.path);
    if (failure) {
      ctx.req.resume(); // drain so the client sees the status, not a reset
      return ctx.json(
        failure.status,
        failure.body ?? options.errorBody(failure.status, 'Injected failure'),
        failure.headers,
      );
    }

    faults.loseAnswerIfArmed(ctx.method, ctx.path, ctx.res);
    const found = options.router.match(ctx.method, ctx.path);
    if ('handler' in found) {
      ctx.params = found.params;
      return found.handler(ctx);
    }
    ctx.req.resume();
    if (found.methodMismatch) return ctx.json(405, options.errorBody(405, 'Method not allowed'));
    ctx.json(404, options.errorBody(404, 'Not found'));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  // Uploads can be slow on purpose (tests throttle); never cut them off server-side.
  server.requestTimeout = 0;
  server.headersTimeout = 60_000;
  emulator.url = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port()}`;
  return emulator;
}

const MISDIRECTED =
  'Misdirected request: the sandbox answers only requests addressed to 127.0.0.1 or localhost';

/**
 * Refused before any route runs: a Host other than this server's loopback address (a web
 * page using DNS rebinding to reach the sandbox through a name of its own: 421), and a
 * declared body over the cap (413).
 */
function refuseEarly(ctx: HttpContext, port: number, maxUploadBytes: number): number | undefined {
  const host = ctx.header('host')?.toLowerCase();
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return 421;
  if (Number(ctx.header('content-length') ?? 0) > maxUploadBytes) return 413;
  return undefined;
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
