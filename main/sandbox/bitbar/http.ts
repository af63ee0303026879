import type { HttpContext } from '../framework/http-context';
import type { RouteHandler } from '../framework/router';
import { toXml } from './xml';

/** The error Object of the doc: `{ statusCode, message }`. */
export const errorBody = (status: number, message: string) => ({ statusCode: status, message });

export const MESSAGES = {
  400: 'Data sent in request is invalid',
  401: 'Full authentication is required to access this resource',
  403: 'User is not authorized to access this resource',
  404: 'Requested resource not found',
  409: 'Resource exists',
} as const;

/** JSON when asked for, XML otherwise (the service's default). */
export function respond(ctx: HttpContext, status: number, body: unknown): void {
  const accept = ctx.header('accept') ?? '';
  if (accept.includes('application/json')) return ctx.json(status, body);
  const text = toXml(body);
  if (ctx.res.headersSent) return;
  ctx.res.writeHead(status, {
    'content-type': 'application/xml; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  ctx.res.end(text);
}

export function fail(ctx: HttpContext, status: number, message?: string): void {
  const fallback = (MESSAGES as Record<number, string>)[status] ?? 'Internal error';
  respond(ctx, status, errorBody(status, message ?? fallback));
}

/** A failure a route throws deep inside its logic; the wrapper turns it into the error Object. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message?: string,
  ) {
    super(message ?? (MESSAGES as Record<number, string>)[status] ?? 'Internal error');
  }
}

/** Runs a route and answers ApiFailure with the doc's error Object. */
export function guarded(handler: RouteHandler): RouteHandler {
  return async (ctx) => {
    try {
      await handler(ctx);
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      ctx.req.resume(); // drain an unread body so the client sees the answer, not a reset
      fail(ctx, error.status, error.message);
    }
  };
}

/**
 * Request parameters: the doc's examples pass them in the query string
 * (`POST …/projects?name=Hello+world&type=ANDROID`); a form-encoded body works too.
 */
export async function readParams(ctx: HttpContext): Promise<URLSearchParams> {
  const params = new URLSearchParams(ctx.query);
  const type = ctx.header('content-type') ?? '';
  if (type.startsWith('application/x-www-form-urlencoded')) {
    for (const [key, value] of new URLSearchParams(await ctx.readText())) params.set(key, value);
  } else if (!type.startsWith('multipart/')) {
    ctx.req.resume();
  }
  return params;
}

export function required(params: URLSearchParams, name: string): string {
  const value = params.get(name)?.trim();
  if (!value) throw new ApiFailure(400, `Parameter '${name}' is required`);
  return value;
}

export function oneOf<T extends string>(value: string, allowed: readonly T[], name: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ApiFailure(
    400,
    `Invalid value '${value}' for '${name}'. Allowed: ${allowed.join(', ')}`,
  );
}

export function numberParam(ctx: HttpContext, name: string): number {
  const raw = ctx.params[name] ?? '';
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value)) throw new ApiFailure(404);
  return value;
}

export function booleanParam(params: URLSearchParams, name: string): boolean | undefined {
  const value = params.get(name);
  if (value === null) return undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new ApiFailure(400, `Parameter '${name}' must be true or false`);
}

/** Sends stored bytes as a download, with the file's own name. */
export function sendResource(
  ctx: HttpContext,
  data: Buffer,
  filename: string,
  contentType = 'application/octet-stream',
): void {
  if (ctx.res.headersSent) return;
  ctx.res.writeHead(200, {
    'content-type': contentType,
    'content-length': data.length,
    'content-disposition': `attachment; filename="${filename.replace(/["\\\r\n]/g, '_')}"`,
  });
  ctx.res.end(ctx.method === 'HEAD' ? undefined : data);
}
