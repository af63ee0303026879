import type { HttpContext } from '../framework/http-context';
import type { RouteHandler } from '../framework/router';
import { testioError, type TestioApi } from './api';
import { catchUp } from './progress';
import type { TestioWorkspace } from './workspace';

/**
 * What every Test IO route module shares: a failure to throw from deep inside a route
 * (answered with the `{"error": "…"}` body of api.ts), and readers for JSON bodies and paging.
 */

/** 400 when something required is missing, 422 when a value fails validation, 404 … */
export class TestioFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const missing = (...names: string[]) =>
  new TestioFailure(400, names.map((name) => `${name} is missing`).join(', '));
export const invalid = (message: string) => new TestioFailure(422, `Validation failed: ${message}`);
export const notFound = (what: string) => new TestioFailure(404, `${what} not found`);

/** Where route modules register (paths under /customer/v2, behind the Token check). */
export type Routes = Pick<TestioApi, 'get' | 'post' | 'put'>;

/**
 * Wraps a workspace route: the simulation first catches up with the clock, then failures
 * thrown as TestioFailure become Test IO's error bodies.
 */
export function workspaceRoute(
  workspace: TestioWorkspace,
  handler: (ctx: HttpContext) => Promise<void> | void,
): RouteHandler {
  return async (ctx) => {
    catchUp(workspace);
    try {
      await handler(ctx);
    } catch (error) {
      if (!(error instanceof TestioFailure)) throw error;
      testioError(ctx, error.status, error.message);
    }
  };
}

/** The body's root object (`{"product": {…}}`), or 400 naming it as missing. */
export async function readRoot(ctx: HttpContext, root: string): Promise<Record<string, unknown>> {
  const body = await ctx.readJson();
  const value = isObject(body) ? body[root] : undefined;
  if (!isObject(value)) throw missing(root);
  return value;
}

export async function readObject(ctx: HttpContext): Promise<Record<string, unknown>> {
  const body = await ctx.readJson();
  return isObject(body) ? body : {};
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A path or query id; anything but a positive integer is a resource that does not exist. */
export function idParam(value: string | null | undefined, what: string): number {
  const id = Number(value);
  if (!value || !Number.isInteger(id) || id <= 0) throw notFound(what);
  return id;
}

/** Optional non-empty text; a non-string is a validation failure. */
export function optionalString(source: Record<string, unknown>, key: string): string | null {
  const value = source[key];
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') throw invalid(`${label(key)} must be text`);
  return value.trim() || null;
}

export function requiredString(source: Record<string, unknown>, key: string): string {
  const value = optionalString(source, key);
  if (!value) throw missing(key);
  return value;
}

export function label(key: string): string {
  const words = key.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface Paging {
  page: number;
  perPage: number;
}

/**
 * `page` and `per_page` must be 1 or more (else 400); per_page above `max` is lowered,
 * not refused. Without `page`, `unpaged` decides (bugs: first 500; tests: last 150).
 */
export function readPaging(
  ctx: HttpContext,
  defaults: { perPage: number; max: number },
): Paging | undefined {
  const rawPage = ctx.query.get('page');
  const rawPerPage = ctx.query.get('per_page');
  const page = rawPage === null ? undefined : Number(rawPage);
  const perPage = rawPerPage === null ? undefined : Number(rawPerPage);
  const bad = [
    ...(page !== undefined && !(Number.isInteger(page) && page >= 1) ? ['page'] : []),
    ...(perPage !== undefined && !(Number.isInteger(perPage) && perPage >= 1) ? ['per_page'] : []),
  ];
  if (bad.length) throw new TestioFailure(400, `${bad.join(' and ')} must be 1 or greater`);
  if (page === undefined) return undefined;
  return { page, perPage: Math.min(perPage ?? defaults.perPage, defaults.max) };
}

export function pageOf<T>(items: T[], paging: Paging): T[] {
  const start = (paging.page - 1) * paging.perPage;
  return items.slice(start, start + paging.perPage);
}
