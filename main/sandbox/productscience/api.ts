import { STATUS_CODES } from 'node:http';
import type { HttpContext } from '../framework/http-context';
import type { RouteHandler } from '../framework/router';

/**
 * Product Science's doc shows no error body. Its JSON (camelCase, ISO dates, enum
 * states) reads like a Spring Boot service, so errors use Spring Boot's default shape:
 * `{timestamp, status, error, message, path}`.
 */
export function psErrorBody(status: number, message: string, path: string) {
  return {
    timestamp: new Date().toISOString(),
    status,
    error: STATUS_CODES[status] ?? 'Error',
    message,
    path,
  };
}

export function psError(ctx: HttpContext, status: number, message: string): void {
  ctx.req.resume();
  ctx.json(status, psErrorBody(status, message, ctx.path));
}

/** Every API route requires `Authorization: Bearer <token>`. */
export function bearerGuard(tokens: ReadonlySet<string>) {
  return (handler: RouteHandler): RouteHandler =>
    (ctx) => {
      const header = ctx.header('authorization') ?? '';
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (!match) {
        return psError(ctx, 401, 'Full authentication is required to access this resource');
      }
      if (!tokens.has(match[1]!)) return psError(ctx, 401, 'Invalid bearer token');
      return handler(ctx);
    };
}
