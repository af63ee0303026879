import { mkdir } from 'node:fs/promises';
import type { Delivery, HistoryFilter } from '../../../shared/domain/history';
import { HistoryFilterSchema } from '../../../shared/domain/history';
import { ServiceIdSchema } from '../../../shared/error-schemas';
import { SERVICE_NAMES } from '../../../shared/domain/services';
import { appDataDir } from '../../core/history/data-location';
import { HistoryStore } from '../../core/history/history-store';
import { UsageError, positiveInt, type CliOptions } from '../args';

const OUTCOME_WORDS: Record<Delivery['outcome'], string> = {
  delivered: 'delivered',
  failed: 'failed',
  cancelled: 'cancelled',
  'already-delivered': 'already there',
};

/** `dropship history`: what Dropship delivered on this machine, newest first. */
export async function historyCommand(
  options: CliOptions,
  env: NodeJS.ProcessEnv,
  out: NodeJS.WriteStream,
): Promise<number> {
  const filter = parseFilter(options);
  const dir = appDataDir(env);
  await mkdir(dir, { recursive: true });
  const store = new HistoryStore(dir);
  try {
    const page = store.search(filter);
    if (options.json) {
      out.write(`${JSON.stringify(page, null, 2)}\n`);
      return 0;
    }
    if (page.total === 0) {
      out.write('No deliveries match.\n');
      return 0;
    }
    for (const d of page.deliveries) out.write(`${line(d)}\n`);
    if (page.total > page.deliveries.length) {
      out.write(
        `… ${page.total - page.deliveries.length} more (use --limit or narrow the search)\n`,
      );
    }
    return 0;
  } finally {
    store.close();
  }
}

function parseFilter(options: CliOptions): HistoryFilter {
  let service;
  if (options.service !== undefined) {
    const parsed = ServiceIdSchema.safeParse(options.service);
    if (!parsed.success) {
      throw new UsageError(
        `--service takes one of installr, testio, bitbar, productscience (not “${options.service}”).`,
      );
    }
    service = parsed.data;
  }
  const result = HistoryFilterSchema.safeParse({
    app: options.app,
    version: options.version,
    service,
    account: options.account,
    from: options.since,
    to: options.until,
    limit: positiveInt(options.limit, '--limit') ?? 50,
  });
  if (!result.success) {
    const issue = result.error.issues[0];
    const flag = { from: 'since', to: 'until' }[String(issue?.path[0])] ?? issue?.path[0];
    throw new UsageError(`--${String(flag ?? 'filter')}: ${issue?.message}`);
  }
  return result.data;
}

/** `3 Dec 2026 14:05  Installr  delivered  Example 1.2 (148)  app.apk  sha256 ab12…` */
function line(d: Delivery): string {
  const when = new Date(d.finishedAt).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  const app = d.appName ? `${d.appName} ${d.version ?? ''} (${d.build ?? '?'})` : d.fileName;
  const parts = [
    when,
    SERVICE_NAMES[d.service].padEnd(15),
    OUTCOME_WORDS[d.outcome].padEnd(13),
    app,
    d.fileName,
  ];
  if (d.sha256) parts.push(`sha256 ${d.sha256.slice(0, 12)}…`);
  if (d.account) parts.push(`(${d.account})`);
  if (d.outcome === 'failed' && d.error) parts.push(`— ${d.error}`);
  const link = d.links[0]?.url;
  return link ? `${parts.join('  ')}\n    ${link}` : parts.join('  ');
}
