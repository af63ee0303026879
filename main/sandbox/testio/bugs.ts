import type { HttpContext } from '../framework/http-context';
import {
  TestioFailure,
  idParam,
  invalid,
  missing,
  notFound,
  optionalString,
  readObject,
  readPaging,
  pageOf,
  workspaceRoute,
  type Routes,
} from './route-kit';
import type { BugRecord, TestioWorkspace } from './workspace';

export const EXPORT_STATUSES = ['export_requested', 'not_exported', 'exported'];
export const REJECT_REASONS = [
  'known_bug',
  'not_reproducible',
  'works_as_designed',
  'out_of_scope',
  'duplicate',
  'insufficient_information',
];

/** GET /bugs (filters, paging with meta), GET /bugs/{id}, and the four verdicts. */
export function registerBugRoutes(api: Routes, workspace: TestioWorkspace): void {
  const route = (handler: (ctx: HttpContext) => Promise<void> | void) =>
    workspaceRoute(workspace, handler);
  const renderBug = (bug: BugRecord) =>
    renderBugRecord(
      bug,
      workspace.tests.find((test) => test.id === bug.test_id)?.test_title ?? null,
    );

  api.get(
    '/bugs',
    route((ctx) => {
      const exportStatus = ctx.query.get('export_status');
      if (exportStatus && !EXPORT_STATUSES.includes(exportStatus)) {
        throw new TestioFailure(400, `export_status must be one of ${EXPORT_STATUSES.join(', ')}`);
      }
      const products = idList(ctx.query.get('filter_product_ids'), 'filter_product_ids');
      const cycles = idList(ctx.query.get('filter_test_cycle_ids'), 'filter_test_cycle_ids');
      const matching = workspace.bugs
        .filter((bug) => !products || products.includes(bug.product_id))
        .filter((bug) => !cycles || cycles.includes(bug.test_id))
        .filter((bug) => !exportStatus || exportStateOf(bug) === exportStatus)
        .reverse();
      // Always paginated, never more than 500; without `page`, the first 500.
      const paging = readPaging(ctx, { perPage: 25, max: 500 }) ?? { page: 1, perPage: 500 };
      ctx.json(200, {
        meta: { record_count: matching.length, page: paging.page, per_page: paging.perPage },
        bugs: pageOf(matching, paging).map(renderBug),
      });
    }),
  );

  api.get(
    '/bugs/:id',
    route((ctx) => ctx.json(200, { bug: renderBug(findBug(workspace, ctx.params.id)) })),
  );

  api.put(
    '/bugs/:id/accept',
    route((ctx) => {
      const bug = findBug(workspace, ctx.params.id);
      if (bug.status === 'rejected')
        throw invalid('Bug has already been rejected and cannot be accepted');
      if (bug.status !== 'new') throw invalid('Bug has already been accepted');
      bug.status = 'accepted';
      ctx.json(200, { bug: leanBug(bug) });
    }),
  );

  api.put(
    '/bugs/:id/reject',
    route(async (ctx) => {
      const bug = findBug(workspace, ctx.params.id);
      const body = await readObject(ctx);
      const reason = optionalString(body, 'reason');
      const comment = optionalString(body, 'comment');
      if (!reason || !comment)
        throw missing(...(reason ? [] : ['reason']), ...(comment ? [] : ['comment']));
      if (!REJECT_REASONS.includes(reason)) {
        throw invalid(`Reason must be one of ${REJECT_REASONS.join(', ')}`);
      }
      if (bug.status === 'rejected') throw invalid('Bug has already been rejected');
      if (bug.status !== 'new')
        throw invalid('Bug has already been accepted and cannot be rejected');
      Object.assign(bug, { status: 'rejected', reject_reason: reason, reject_comment: comment });
      ctx.json(200, { bug: leanBug(bug) });
    }),
  );

  api.put(
    '/bugs/:id/mark_as_fixed',
    route((ctx) => {
      const bug = findBug(workspace, ctx.params.id);
      if (bug.status === 'fixed') throw invalid('Bug is already marked as fixed');
      if (bug.status !== 'accepted') throw invalid('Only accepted bugs can be marked as fixed');
      bug.status = 'fixed';
      ctx.json(200, { bug: renderBug(bug) });
    }),
  );

  api.put(
    '/bugs/:id/mark_as_known',
    route((ctx) => {
      const bug = findBug(workspace, ctx.params.id);
      if (bug.status === 'rejected') throw invalid('Rejected bugs cannot be marked as known');
      if (bug.known) throw invalid('Bug is already marked as known');
      bug.known = true;
      ctx.json(200, { bug: renderBug(bug) });
    }),
  );
}

function findBug(workspace: TestioWorkspace, raw: string | undefined): BugRecord {
  const id = idParam(raw, 'Bug');
  const bug = workspace.bugs.find((b) => b.id === id);
  if (!bug) throw notFound('Bug');
  return bug;
}

/** "1,2" → [1, 2]; an entry that is not an id is a bad request. */
function idList(raw: string | null, name: string): number[] | undefined {
  if (!raw) return undefined;
  const ids = raw.split(',').map((part) => Number(part.trim()));
  if (!ids.every((id) => Number.isInteger(id) && id > 0)) {
    throw new TestioFailure(400, `${name} must be comma-separated ids`);
  }
  return ids;
}

function exportStateOf(bug: BugRecord): string {
  if (bug.exported_at) return 'exported';
  return bug.export_requested ? 'export_requested' : 'not_exported';
}

/** What accept and reject answer with, as the Bugs reference shows. */
function leanBug(bug: BugRecord) {
  return { id: bug.id, title: bug.title, severity: bug.severity, status: bug.status };
}

export function renderBugRecord(bug: BugRecord, testTitle: string | null) {
  return {
    id: bug.id,
    title: bug.title,
    severity: bug.severity,
    status: bug.status,
    language: bug.language,
    location: bug.location,
    expected_result: bug.expected_result,
    actual_result: bug.actual_result,
    steps: bug.steps,
    known: bug.known,
    exported_at: bug.exported_at,
    reported_at: bug.reported_at,
    test: { id: bug.test_id, title: testTitle },
    author: { name: bug.author },
    devices: [{ name: bug.device }],
  };
}
