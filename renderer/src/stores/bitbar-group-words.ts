import type {
  BitbarAddDevicesResult,
  BitbarDevice,
  BitbarGroup,
  BitbarGroups,
  BitbarOs,
} from '../../../shared/contract/bitbar-devices';
import type { Translate } from '../lib/translate';

/** Operating systems are names, the same in every language. */
export const osWord = (os: BitbarOs) => (os === 'IOS' ? 'iOS' : 'Android');

/** Replaces a group wherever it is listed (it can be mine and the project's at once). */
export function applyGroup(groups: BitbarGroups, group: BitbarGroup): BitbarGroups {
  const swap = (list: BitbarGroup[]) => list.map((g) => (g.id === group.id ? group : g));
  return { mine: swap(groups.mine), project: swap(groups.project), public: swap(groups.public) };
}

export function withoutGroup(groups: BitbarGroups, groupId: number): BitbarGroups {
  const drop = (list: BitbarGroup[]) => list.filter((g) => g.id !== groupId);
  return { mine: drop(groups.mine), project: drop(groups.project), public: drop(groups.public) };
}

/** Ticked devices worth sending, and the ones refused here (wrong OS) with the reason. */
export function sortPicks(
  t: Translate,
  picked: number[],
  group: BitbarGroup,
  members: BitbarDevice[],
  lookup: (id: number) => BitbarDevice | undefined,
): { toAdd: BitbarDevice[]; lines: string[] } {
  const toAdd: BitbarDevice[] = [];
  const lines: string[] = [];
  for (const id of picked) {
    const device = lookup(id);
    if (!device || members.some((d) => d.id === id)) continue;
    if (device.os === group.os) toAdd.push(device);
    else
      lines.push(
        t('devices:notice.wrongOs', {
          device: device.name,
          os: osWord(device.os),
          group: group.name,
          groupOs: osWord(group.os),
        }),
      );
  }
  return { toAdd, lines };
}

/** What an add did, in words: how many went in, and why any did not. */
export function addOutcome(
  t: Translate,
  result: BitbarAddDevicesResult,
  localRefusals: string[],
  lookup: (id: number) => BitbarDevice | undefined,
): { tone: 'good' | 'bad'; lines: string[] } {
  const added = result.added.length + result.alreadyInGroup.length;
  const summary = t('devices:notice.added', { count: added, group: result.group.name });
  const reasons = result.refused.map(
    (r) =>
      `${lookup(r.deviceId)?.name ?? t('devices:notice.deviceId', { id: r.deviceId })}: ${r.reason}`,
  );
  const problems = [...localRefusals, ...reasons];
  return {
    tone: problems.length ? 'bad' : 'good',
    lines: added ? [summary, ...problems] : problems,
  };
}
