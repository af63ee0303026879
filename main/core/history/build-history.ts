import type { BuildHistory } from '../../../shared/contract/history';
import { SERVICE_IDS } from '../../../shared/domain/services';
import type { CoreContext } from '../context';
import { diffBuilds } from '../diff/build-diff';
import { profileBuild } from '../diff/build-profile';
import { deliveredOnEachAccount } from './already-delivered';

/**
 * What the history says about a dropped build before it is sent: which services (and
 * which of their accounts) already hold these exact bytes, and what changed since the last build
 * of the same app Dropship delivered. A build Dropship cannot read still gets the first part.
 */
export async function buildHistory(
  ctx: CoreContext,
  path: string,
  sha256: string,
): Promise<BuildHistory> {
  const result: BuildHistory = {
    alreadyDelivered: SERVICE_IDS.flatMap((service) =>
      deliveredOnEachAccount(ctx, sha256, service).map(({ account, shown, earlier }) => ({
        service,
        ...(account ? { account } : {}),
        shown,
        since: earlier.finishedAt,
        version: earlier.version,
        build: earlier.build,
        links: earlier.links,
      })),
    ),
  };
  let profile;
  try {
    profile = await profileBuild(path);
  } catch {
    return result; // Not a readable build: nothing to compare, and describeFile says why.
  }
  const last = ctx.history.lastDelivered(profile.id);
  // The very same bytes delivered last: "Already on …" says it all, a diff would be empty.
  if (last?.profile && last.sha256 !== sha256) {
    result.diff = diffBuilds(last.profile, profile);
  }
  return result;
}
