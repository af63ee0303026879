import type { z } from 'zod';
import type { BitbarApi, BitbarCall } from './api';
import { listOf } from './schemas';

export interface Page<T> {
  items: T[];
  offset: number;
  limit: number;
  total: number;
  hasMore: boolean;
}

export interface PageQuery {
  offset?: number;
  limit?: number;
  search?: string;
  sort?: string;
}

/** One page of a list Object (`offset`/`limit`/`search`/`sort` → `data`, `next`, `total`). */
export async function listPage<S extends z.ZodType>(
  api: BitbarApi,
  call: Omit<BitbarCall, 'method'>,
  item: S,
  page: PageQuery = {},
): Promise<Page<z.output<S>> & { next: PageQuery | null }> {
  const body = await api.json(
    { ...call, method: 'GET', query: { ...call.query, ...page } },
    listOf(item),
  );
  return {
    items: body.data,
    offset: body.offset,
    limit: body.limit,
    total: body.total,
    hasMore: Boolean(body.next),
    next: body.next ? nextQuery(body.next, body.offset + body.data.length) : null,
  };
}

/**
 * Every item, following `next` until Bitbar stops giving one. Only the paging parameters
 * are taken from `next`; the request always goes to the configured API root, so
 * credentials are never sent to an address Bitbar put in a response.
 */
export async function listAll<S extends z.ZodType>(
  api: BitbarApi,
  call: Omit<BitbarCall, 'method'>,
  item: S,
  pageSize = 100,
): Promise<z.output<S>[]> {
  const items: z.output<S>[] = [];
  let query: PageQuery | null = { offset: 0, limit: pageSize };
  for (let pages = 0; query && pages < 1000; pages++) {
    const page: Awaited<ReturnType<typeof listPage<S>>> = await listPage(api, call, item, query);
    items.push(...page.items);
    const advanced: boolean = page.next !== null && (page.next.offset ?? 0) > (query.offset ?? 0);
    query = advanced ? page.next : null;
  }
  return items;
}

function nextQuery(next: string, fallbackOffset: number): PageQuery {
  try {
    const params = new URL(next).searchParams;
    const number = (name: string) => {
      const value = Number(params.get(name));
      return params.has(name) && Number.isFinite(value) ? value : undefined;
    };
    return {
      offset: number('offset') ?? fallbackOffset,
      ...(number('limit') ? { limit: number('limit') } : {}),
      ...(params.get('search') ? { search: params.get('search') ?? '' } : {}),
      ...(params.get('sort') ? { sort: params.get('sort') ?? '' } : {}),
    };
  } catch {
    return { offset: fallbackOffset };
  }
}
