import type { ProductScienceSection } from '../../../../shared/domain/board';
import type { CoreContext } from '../../context';
import type { JobRecord } from '../../transfer/job-store';
import { t } from '../../i18n/translate';
import { jobStateLabel } from '../../i18n/shared-words';

/**
 * Product Science has no API to read builds back (productscience-build-upload.txt has
 * upload calls only), so its section shows the last build Dropship itself sent to the
 * project, from the transfer engine's jobs (persisted, so they outlive a restart).
 */
export async function fetchProductScienceSection(
  ctx: CoreContext,
  source: { project: string },
): Promise<ProductScienceSection> {
  const jobs = await productScienceJobs(ctx);
  const latest = jobs
    .filter((job) => projectOf(job) === source.project)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  if (!latest) return { project: source.project };
  const words = jobStateLabel(latest);
  return {
    project: source.project,
    latestUpload: {
      buildName: buildName(latest),
      state: latest.state,
      stateLabel: words.label,
      tone: words.tone,
      at: latest.updatedAt,
    },
  };
}

/** Projects Dropship has sent builds to: what the add dialog can offer. */
export async function productScienceProjects(ctx: CoreContext): Promise<string[]> {
  const names = (await productScienceJobs(ctx)).flatMap((job) => projectOf(job) ?? []);
  return [...new Set(names)].sort((a, b) => a.localeCompare(b));
}

/** Asks the running transfer engine, which already holds every job in memory. */
function productScienceJobs(ctx: CoreContext): Promise<JobRecord[]> {
  return ctx.uploads.records('productscience');
}

function projectOf(job: JobRecord): string | undefined {
  return job.target.service === 'productscience' ? job.target.projectName : undefined;
}

/** What was sent as the build's name: the chosen name, else the version, else the file. */
function buildName(job: JobRecord): string {
  const chosen = job.target.service === 'productscience' ? job.target.name : '';
  const version = job.build?.version;
  return chosen || (version ? t('board:version', { version }) : job.fileName);
}
