import { Router, type RouteHandler } from '../framework/router';

/**
 * Object storage addresses objects by arbitrary paths (`/bucket/a/b/c.apk`), which the
 * framework's `:param` routes cannot express, and answers every miss in XML rather than
 * the framework's JSON 404/405. So: named routes first, then one handler for the rest.
 */
export class StorageRouter extends Router {
  constructor(private readonly fallback: RouteHandler) {
    super();
  }

  override match(
    method: string,
    path: string,
  ): { handler: RouteHandler; params: Record<string, string> } | { methodMismatch: boolean } {
    const found = super.match(method, path);
    return 'handler' in found ? found : { handler: this.fallback, params: {} };
  }
}
