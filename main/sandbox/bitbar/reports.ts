import type { HttpContext } from '../framework/http-context';
import type { Router } from '../framework/router';
import { screenshotPng, screenshotsOf, simplePdf } from './artifacts';
import { authed, projectFor, type BitbarEnv } from './env';
import { ApiFailure, booleanParam, oneOf, required, sendResource } from './http';
import { packageOf, presentRun, runFor, runViews } from './run-model';
import type { TestRun } from './state';
import { zipArchive } from './zip';

type ReportKind = 'summary' | 'failures' | 'detail-failures';

const STATUS_WORDS: Record<string, string> = {
  WAITING: 'waiting',
  RUNNING: 'running',
  SUCCEEDED: 'passed',
  FAILED: 'failed',
  WARNING: 'passed with warnings',
  EXCLUDED: 'excluded',
};

function reportLines(env: BitbarEnv, runs: TestRun[], kind: ReportKind): string[][] {
  const rows = [['Run', 'Device', 'OS version', 'Status', 'Tests passed', 'Tests']];
  for (const run of runs) {
    for (const { plan, view } of runViews(env, run)) {
      if (kind !== 'summary' && view.runStatus !== 'FAILED') continue;
      rows.push([
        run.displayName,
        plan.device.displayName,
        plan.device.softwareVersion.releaseVersion,
        STATUS_WORDS[view.runStatus] ?? view.runStatus,
        String(view.testsPassed),
        String(view.testCount),
      ]);
    }
  }
  return rows;
}

function sendReport(
  ctx: HttpContext,
  env: BitbarEnv,
  runs: TestRun[],
  kind: ReportKind,
  baseName: string,
) {
  const type = oneOf(required(ctx.query, 'type'), ['HTML', 'PDF', 'CSV'] as const, 'type');
  const preview = booleanParam(ctx.query, 'preview') ?? false;
  const rows = reportLines(env, runs, kind);
  const title = `${kind === 'summary' ? 'Summary' : kind === 'failures' ? 'Failures' : 'Detailed failures'} report${preview ? ' (preview)' : ''}`;
  if (type === 'CSV') {
    const csv =
      rows.map((r) => r.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\n') + '\n';
    return sendResource(ctx, Buffer.from(csv), `${baseName}.csv`, 'text/csv');
  }
  if (type === 'PDF') {
    return sendResource(
      ctx,
      simplePdf(
        title,
        rows.map((r) => r.join('  |  ')),
      ),
      `${baseName}.pdf`,
      'application/pdf',
    );
  }
  const html = `<!doctype html><meta charset="utf-8"><title>${title}</title><h1>${title}</h1><table>${rows
    .map(
      (r) =>
        `<tr>${r.map((c) => `<td>${c.replace(/[<&]/g, (x) => (x === '<' ? '&lt;' : '&amp;'))}</td>`).join('')}</tr>`,
    )
    .join('')}</table>`;
  sendResource(
    ctx,
    zipArchive([{ name: 'index.html', data: Buffer.from(html) }]),
    `${baseName}.zip`,
    'application/zip',
  );
}

/** Reports (HTML zip, PDF, CSV) and the screenshots package. */
export function reportRoutes(router: Router, env: BitbarEnv): void {
  const base = '/api/v2/me/projects/:projectId/runs/:runId';
  for (const kind of ['summary', 'failures', 'detail-failures'] as const) {
    router.get(
      `${base}/reports/${kind}`,
      authed(env, (ctx, user) => {
        const { run } = runFor(env, ctx, user);
        sendReport(ctx, env, [run], kind, `run-${run.id}-${kind}`);
      }),
    );
  }
  router.get(
    '/api/v2/me/projects/:projectId/reports/summary',
    authed(env, (ctx, user) => {
      const project = projectFor(env, ctx, user);
      const runs = [...env.state.runs.values()].filter((r) => r.projectId === project.id);
      sendReport(ctx, env, runs, 'summary', `project-${project.id}-summary`);
    }),
  );

  router.post(
    `${base}/screenshots.zip`,
    authed(env, (ctx, user) => {
      const { run } = runFor(env, ctx, user);
      ctx.req.resume();
      const now = env.now();
      run.screenshotZip = { requestedAt: now, readyAt: now + 2 * env.pace.stepMs };
      ctx.empty(201);
    }),
  );

  router.get(
    `${base}/screenshots.zip`,
    authed(env, (ctx, user) => {
      const { project, run } = runFor(env, ctx, user);
      const state = presentRun(env, run).screenshotZipState;
      if (state !== 'READY') {
        throw new ApiFailure(
          404,
          state === 'BLANK'
            ? 'Screenshots package was not requested'
            : 'Screenshots package is still being generated',
        );
      }
      const entries = runViews(env, run).flatMap(({ plan, view }) =>
        screenshotsOf(plan, view, packageOf(project)).map((shot) => ({
          name: `${plan.device.displayName.replace(/[^\w.-]+/g, '_')}/${shot.originalName}`,
          data: screenshotPng(shot),
        })),
      );
      sendResource(ctx, zipArchive(entries), `run-${run.id}-screenshots.zip`, 'application/zip');
    }),
  );
}
