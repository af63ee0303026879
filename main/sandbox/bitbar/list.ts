import type { HttpContext } from '../framework/http-context';
import { originOf } from './env';
import { ApiFailure, respond } from './http';

export interface ListOptions<T> {
  /** Text the `search` filter looks in (case-insensitive substring). */
  searchText: (item: T) => string;
  /** Sortable fields by name: `sort=displayName_a` or `sort=createTime_d`. */
  sortFields: Record<string, (item: T) => string | number>;
  /** Applied when the request has no `sort`, e.g. newest runs first. */
  defaultSort?: string;
}

const MAX_LIMIT = 1000;

/**
 * The doc's list Object: `next`, `previous` (absolute URLs or null), `data`, `offset`,
 * `limit` (default 20), `total`, `search`, `sort`, `empty`.
 */
export function listBody<T>(ctx: HttpContext, items: readonly T[], options: ListOptions<T>) {
  const offset = intParam(ctx, 'offset', 0);
  const limit = intParam(ctx, 'limit', 20);
  if (limit < 1 || limit > MAX_LIMIT)
    throw new ApiFailure(400, `limit must be between 1 and ${MAX_LIMIT}`);
  const search = ctx.query.get('search') ?? '';
  const sort = ctx.query.get('sort') ?? '';

  const needle = search.trim().toLowerCase();
  let matching = needle
    ? items.filter((item) => options.searchText(item).toLowerCase().includes(needle))
    : [...items];
  const sortSpec = sort || options.defaultSort;
  if (sortSpec) matching = sortBy(matching, sortSpec, options.sortFields);

  const data = matching.slice(offset, offset + limit);
  const page = (at: number) => pageUrl(ctx, at, limit, search, sort);
  return {
    next: offset + limit < matching.length ? page(offset + limit) : null,
    previous: offset > 0 ? page(Math.max(0, offset - limit)) : null,
    data,
    offset,
    limit,
    total: matching.length,
    search,
    sort,
    empty: data.length === 0,
  };
}

export function sendList<T>(
  ctx: HttpContext,
  items: readonly T[],
  options: ListOptions<T>,
  present: (item: T) => unknown = (item) => item,
): void {
  const body = listBody(ctx, items, options);
  respond(ctx, 200, { ...body, data: body.data.map(present) });
}

function sortBy<T>(items: T[], spec: string, fields: ListOptions<T>['sortFields']): T[] {
  const [, field = '', direction = 'a'] = /^(\w+?)(?:_([ad]))?$/.exec(spec) ?? [];
  const key = fields[field];
  if (!key)
    throw new ApiFailure(
      400,
      `Cannot sort by '${spec}'. Sortable: ${Object.keys(fields).join(', ')}`,
    );
  const sign = direction === 'd' ? -1 : 1;
  return items.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return sign * order;
  });
}

function intParam(ctx: HttpContext, name: string, fallback: number): number {
  const raw = ctx.query.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ApiFailure(400, `${name} must be a non-negative number`);
  return Number(raw);
}

/** Absolute, like the doc's example: `https://cloud.testdroid.com/api/v2/devices?offset=20&…`. */
function pageUrl(
  ctx: HttpContext,
  offset: number,
  limit: number,
  search: string,
  sort: string,
): string {
  const query = new URLSearchParams({ offset: String(offset), limit: String(limit), search, sort });
  return `${originOf(ctx)}${ctx.path}?${query.toString()}`;
}
