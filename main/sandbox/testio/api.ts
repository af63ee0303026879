import type { HttpContext } from '../framework/http-context';
import type { RouteHandler, Router } from '../framework/router';

/** Real base: https://api.test.io/customer/v2; the sandbox serves the same paths. */
export const TESTIO_BASE_PATH = '/customer/v2';

/**
 * Test IO's error body. Its docs show `{"error": "…"}` for 400 and 422 (one string,
 * several problems joined by ", "); the sandbox uses that shape for every error status.
 */
export const testioErrorBody = (message: string) => ({ error: message });

export function testioError(ctx: HttpContext, status: number, message: string): void {
  ctx.req.resume();
  ctx.json(status, testioErrorBody(message));
}

/**
 * Route registration for Test IO modules: paths relative to /customer/v2, and every
 * route behind `Authorization: Token <token>`.
 */
export class TestioApi {
  constructor(
    private readonly router: Router,
    private readonly tokens: ReadonlySet<string>,
  ) {}

  get = (path: string, handler: RouteHandler) => this.#on('GET', path, handler);
  post = (path: string, handler: RouteHandler) => this.#on('POST', path, handler);
  put = (path: string, handler: RouteHandler) => this.#on('PUT', path, handler);
  patch = (path: string, handler: RouteHandler) => this.#on('PATCH', path, handler);
  delete = (path: string, handler: RouteHandler) => this.#on('DELETE', path, handler);

  #on(method: string, path: string, handler: RouteHandler): this {
    this.router.on(method, `${TESTIO_BASE_PATH}${path}`, (ctx) => {
      const token = tokenOf(ctx.header('authorization'));
      if (!token || !this.tokens.has(token)) {
        return testioError(ctx, 401, 'Invalid or missing API token');
      }
      return handler(ctx);
    });
    return this;
  }
}

/** `Token abc` or Rails' `Token token="abc"` (both are what a Rails API accepts). */
function tokenOf(header: string | undefined): string | undefined {
  const match = /^Token\s+(.+)$/i.exec(header?.trim() ?? '');
  if (!match) return undefined;
  const quoted = /^token="([^"]*)"/.exec(match[1]!);
  return quoted ? quoted[1] : match[1];
}
