import type { BitbarSection } from '../../../../shared/domain/board';
import type { CoreContext } from '../../context';
import { listPage } from '../../providers/bitbar/paging';
import { toRun } from '../../providers/bitbar/runs';
import { ApiTestRunSchema } from '../../providers/bitbar/schemas';
import { t } from '../../i18n/translate';
import { runResult } from '../words';

/** Runs the sparkline shows. */
const TREND_RUNS = 10;

/** A card's Bitbar section: the project's latest run and how recent runs went. */
export async function fetchBitbarSection(
  ctx: CoreContext,
  project: { projectId: number; title: string },
  signal: AbortSignal,
): Promise<BitbarSection> {
  const page = await listPage(
    ctx.bitbar,
    {
      path: `v2/me/projects/${project.projectId}/runs`,
      action: t('bitbar:action.listTestRuns'),
      subject: t('bitbar:subject.project', { id: project.projectId }),
      signal,
    },
    ApiTestRunSchema,
    // Newest first (Bitbar's `field_d` sort); sorted again below in case it is ignored.
    { offset: 0, limit: TREND_RUNS * 2, sort: 'createTime_d' },
  );
  const runs = page.items
    .map((run) => toRun(run, project.projectId))
    .sort((a, b) => b.createdAt - a.createdAt);
  const latest = runs[0];
  const trend = runs
    .filter((run) => run.state === 'FINISHED' && run.successRatio !== null)
    .slice(0, TREND_RUNS)
    .map((run) => clamp(run.successRatio!))
    .reverse();
  if (!latest) return { projectTitle: project.title, trend };
  const ratio = latest.successRatio === null ? undefined : clamp(latest.successRatio);
  const words = runResult(latest.state, latest.state === 'FINISHED' ? ratio : undefined);
  return {
    projectTitle: project.title,
    latestRun: {
      name: latest.name,
      state: latest.state,
      resultLabel: words.label,
      tone: words.tone,
      startedAt: new Date(latest.createdAt).toISOString(),
      ...(ratio !== undefined && latest.state === 'FINISHED' ? { successRatio: ratio } : {}),
    },
    trend,
  };
}

const clamp = (ratio: number) => Math.min(Math.max(ratio, 0), 1);
