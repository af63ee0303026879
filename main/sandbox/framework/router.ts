import type { HttpContext } from './http-context';

export type RouteHandler = (ctx: HttpContext) => Promise<void> | void;

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: RouteHandler;
}

/**
 * Method + path routing with `:name` parameters, e.g. `/apps/:id.json` or
 * `/api/v2/projects/:projectId/files`. Enough for emulators; nothing clever.
 */
export class Router {
  readonly #routes: Route[] = [];

  on(method: string, path: string, handler: RouteHandler): this {
    const keys: string[] = [];
    const source = path
      .split(/(:[A-Za-z_]\w*)/)
      .map((part) => {
        if (part.startsWith(':')) {
          keys.push(part.slice(1));
          return '([^/]+?)';
        }
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('');
    this.#routes.push({
      method: method.toUpperCase(),
      pattern: new RegExp(`^${source}/?$`),
      keys,
      handler,
    });
    return this;
  }

  get = (path: string, handler: RouteHandler) => this.on('GET', path, handler);
  post = (path: string, handler: RouteHandler) => this.on('POST', path, handler);
  put = (path: string, handler: RouteHandler) => this.on('PUT', path, handler);
  patch = (path: string, handler: RouteHandler) => this.on('PATCH', path, handler);
  delete = (path: string, handler: RouteHandler) => this.on('DELETE', path, handler);

  /** Finds the route; `methodMismatch` tells 405 from 404. */
  match(
    method: string,
    path: string,
  ): { handler: RouteHandler; params: Record<string, string> } | { methodMismatch: boolean } {
    let methodMismatch = false;
    for (const route of this.#routes) {
      const found = route.pattern.exec(path);
      if (!found) continue;
      if (route.method !== method) {
        methodMismatch = true;
        continue;
      }
      const params: Record<string, string> = {};
      route.keys.forEach((key, i) => (params[key] = decodeURIComponent(found[i + 1] ?? '')));
      return { handler: route.handler, params };
    }
    return { methodMismatch };
  }
}
