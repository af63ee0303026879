import type { BitbarGroup, BitbarGroups, BitbarOs } from '../../../shared/contract/bitbar-devices';

export const osWord = (os: BitbarOs) => (os === 'IOS' ? 'iOS' : 'Android');

export const creditsWord = (credits: number) =>
  credits === 0 ? 'free' : `${credits} credit${credits === 1 ? '' : 's'}`;

/** Replaces a group wherever it is listed (it can be mine and the project's at once). */
export function applyGroup(groups: BitbarGroups, group: BitbarGroup): BitbarGroups {
  const swap = (list: BitbarGroup[]) => list.map((g) => (g.id === group.id ? group : g));
  return { mine: swap(groups.mine), project: swap(groups.project), public: swap(groups.public) };
}

export function withoutGroup(groups: BitbarGroups, groupId: number): BitbarGroups {
  const drop = (list: BitbarGroup[]) => list.filter((g) => g.id !== groupId);
  return { mine: drop(groups.mine), project: drop(groups.project), public: drop(groups.public) };
}
