import type { CoreContext } from '../context';
import { inspectBuild } from '../inspect';
import { describeFile } from '../transfer/describe-file';
import { startDrop } from '../transfer/drop';
import { gitCommit } from '../transfer/git-commit';
import { rememberedTargets, rememberTargets } from '../transfer/remembered';
import type { Handlers } from './types';

export function uploadsHandlers(ctx: CoreContext): Handlers['uploads'] {
  const engine = () => ctx.uploads;
  return {
    describeFile: ({ path }) => describeFile(path, inspectBuild),
    hashFile: async ({ path }) => ({ sha256: await engine().digests.ofFile(path) }),
    start: async ({ path, targets, commit }) => {
      const started = await startDrop(ctx, engine(), path, targets, commit);
      const appId = started.appId;
      if (appId) rememberTargets(ctx.settings, appId, targets);
      return { dropId: started.dropId, jobs: started.jobs };
    },
    list: () => engine().list(),
    cancel: ({ jobId }) => engine().cancel(jobId),
    retry: ({ jobId }) => engine().retry(jobId),
    clearFinished: () => engine().clearFinished(),
    rememberedTargets: async ({ appId }) => rememberedTargets(ctx.settings, appId),
    gitCommit: ({ folder, ref }) => gitCommit(folder, ref),
  };
}
