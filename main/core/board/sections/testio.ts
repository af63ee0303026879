import type { BugCount, TestioSection } from '../../../../shared/domain/board';
import type { TestioBug, TestioTest } from '../../../../shared/domain/testio';
import type { CoreContext } from '../../context';
import { listBugs } from '../../providers/testio/bugs';
import { listTests } from '../../providers/testio/tests';
import { untilAborted } from '../abort';
import { severityLabel, testStatusLabel } from '../words';

/** Most severe first; severities Test IO adds later go last, in the order they came. */
const SEVERITY_ORDER = ['critical', 'high', 'low', 'visual', 'content', 'custom'];
const CLOSED = new Set(['rejected', 'fixed']);
const BUG_PAGE = 500;
const MAX_BUG_PAGES = 4;

/**
 * A card's Test IO section: the product's latest test, and the product's open bugs (from
 * every test: a bug found last week and still open matters as much as today's).
 */
export async function fetchTestioSection(
  ctx: CoreContext,
  product: { productId: number; title: string },
  signal: AbortSignal,
): Promise<TestioSection> {
  const credentials = await ctx.accounts.credentials('testio');
  // The doc does not say how the list is ordered: the highest id is the newest test.
  const [page, bugs] = await Promise.all([
    untilAborted(listTests(credentials, product.productId, 1, 100), signal),
    openBugsOf(credentials, product.productId, signal),
  ]);
  const latest = page.tests.reduce<TestioTest | undefined>(
    (newest, test) => (!newest || test.id > newest.id ? test : newest),
    undefined,
  );
  if (!latest) {
    return {
      productTitle: product.title,
      openBugs: countBySeverity(bugs),
      openBugTotal: bugs.length,
    };
  }
  const words = testStatusLabel(latest.status);
  return {
    productTitle: product.title,
    latestTest: {
      title: latest.title,
      status: latest.status,
      statusLabel: words.label,
      statusDetail: words.detail,
      tone: words.tone,
      ...(latest.startAt ? { startedAt: latest.startAt } : {}),
      ...(latest.endAt ? { endsAt: latest.endAt } : {}),
    },
    openBugs: countBySeverity(bugs),
    openBugTotal: bugs.length,
  };
}

async function openBugsOf(
  credentials: Awaited<ReturnType<CoreContext['accounts']['credentials']>>,
  productId: number,
  signal: AbortSignal,
): Promise<TestioBug[]> {
  const open: TestioBug[] = [];
  for (let page = 1; page <= MAX_BUG_PAGES; page++) {
    const result = await untilAborted(
      listBugs(credentials, { productId, page, perPage: BUG_PAGE }),
      signal,
    );
    open.push(...result.bugs.filter((bug) => !CLOSED.has(bug.status)));
    if (result.bugs.length < result.perPage || page * result.perPage >= result.total) break;
  }
  return open;
}

export function countBySeverity(bugs: readonly TestioBug[]): BugCount[] {
  const counts = new Map<string, number>();
  for (const bug of bugs) counts.set(bug.severity, (counts.get(bug.severity) ?? 0) + 1);
  const rank = (severity: string) => {
    const index = SEVERITY_ORDER.indexOf(severity);
    return index < 0 ? SEVERITY_ORDER.length : index;
  };
  return [...counts.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([severity, count]) => {
      const words = severityLabel(severity);
      return { severity, label: words.label, tone: words.tone, count };
    });
}
