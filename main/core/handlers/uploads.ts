import type { CoreContext } from '../context';
import { toErrorShape } from '../dispatch';
import { inspectBuild } from '../inspect';
import { describeFile } from '../transfer/describe-file';
import { startDrop } from '../transfer/drop';
import { gitCommit } from '../transfer/git-commit';
import { rememberedTargets, rememberTargets } from '../transfer/remembered';
import type { Handlers } from './types';

export function uploadsHandlers(ctx: CoreContext): Handlers['uploads'] {
  const engine = () => ctx.uploads;
  return {
    describeDrop: async ({ path }) => {
      // Started first and not awaited: the description shows while the whole file is read.
      engine()
        .digests.ofFile(path)
        .then(
          (sha256) => ctx.events.emit('uploads.digest', { path, sha256 }),
          (error: unknown) =>
            ctx.events.emit('uploads.digest', {
              path,
              error: toErrorShape(error, 'uploads.describeDrop (digest)'),
            }),
        );
      const file = await describeFile(path, inspectBuild);
      const appId = file.build?.id;
      return { file, remembered: appId ? rememberedTargets(ctx.settings, appId) : [] };
    },
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
    gitCommit: ({ folder, ref }) => gitCommit(folder, ref),
  };
}
