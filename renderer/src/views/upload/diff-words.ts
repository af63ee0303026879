import type { BuildChange } from '../../../../shared/domain/build-diff';
import type { EarlierDelivery } from '../../stores/build-history';
import { SERVICE_NAMES, type ServiceId } from '../../../../shared/domain/services';
import { formatBytes, formatDay } from '../../ui';

/** "Already on Installr since 3 Dec (build 148)". */
export function alreadyWords(service: ServiceId, earlier: EarlierDelivery): string {
  const build = earlier.build ? ` (build ${earlier.build})` : '';
  return `Already on ${SERVICE_NAMES[service]} since ${formatDay(earlier.since)}${build}`;
}

/** One change in plain words: "1.0 → 1.1", "4.2 MB → 4.5 MB (+300 KB)", "added". */
export function changeWords(change: BuildChange): string {
  if (change.kind.endsWith('-added')) return 'added';
  if (change.kind.endsWith('-removed')) return 'removed';
  if (change.kind === 'icon') return 'changed';
  if (change.bytes !== undefined) {
    return `${formatBytes(Number(change.old))} → ${formatBytes(Number(change.new))} (${signedBytes(change.bytes)})`;
  }
  return `${change.old ?? 'none'} → ${change.new ?? 'none'}`;
}

export function signedBytes(bytes: number): string {
  return `${bytes < 0 ? '−' : '+'}${formatBytes(Math.abs(bytes))}`;
}

/** Changes in the order a release manager reads them, under three plain headings. */
export function changeGroups(changes: BuildChange[]): { title: string; changes: BuildChange[] }[] {
  const groups = [
    { title: 'Version and devices', kinds: ['app', 'version', 'build', 'min-os', 'target-os'] },
    { title: 'Size', kinds: ['size', 'area'] },
    {
      title: 'Permissions, code and icon',
      kinds: [
        'permission-added',
        'permission-removed',
        'entitlement-added',
        'entitlement-removed',
        'abi-added',
        'abi-removed',
        'icon',
      ],
    },
  ];
  return groups
    .map(({ title, kinds }) => ({ title, changes: changes.filter((c) => kinds.includes(c.kind)) }))
    .filter((group) => group.changes.length > 0);
}
