import type {
  BuildChange,
  BuildChangeKind,
  BuildDiff,
  DiffNotice,
} from '../../../../shared/domain/build-diff';
import type { EarlierDelivery } from '../../stores/build-history';
import { SERVICE_NAMES, type ServiceId } from '../../../../shared/domain/services';
import { i18n } from '../../i18n';
import { formatBytes, formatDay } from '../../ui/format';

/** "Already on Installr since 3 Dec (build 148)". */
export function alreadyWords(service: ServiceId, earlier: EarlierDelivery): string {
  const words = { service: SERVICE_NAMES[service], day: formatDay(earlier.since) };
  return earlier.build
    ? i18n.t('upload:diff.alreadyWithBuild', { ...words, build: earlier.build })
    : i18n.t('upload:diff.already', words);
}

/** Labels by kind; main's own label (English, also the CLI's) only for a size area. */
const LABELS: Partial<Record<BuildChangeKind, string>> = {
  app: 'upload:diff.label.app',
  version: 'upload:diff.label.version',
  build: 'upload:diff.label.build',
  'min-os': 'upload:diff.label.minOs',
  'target-os': 'upload:diff.label.targetOs',
  size: 'upload:diff.label.size',
  icon: 'upload:diff.label.icon',
};
const ITEM_LABELS: Partial<Record<BuildChangeKind, string>> = {
  'permission-added': 'upload:diff.label.permission',
  'permission-removed': 'upload:diff.label.permission',
  'entitlement-added': 'upload:diff.label.entitlement',
  'entitlement-removed': 'upload:diff.label.entitlement',
  'abi-added': 'upload:diff.label.abi',
  'abi-removed': 'upload:diff.label.abi',
};

/** "Build number", "Permission CAMERA" in the interface's language. */
export function changeLabel(change: BuildChange): string {
  const plain = LABELS[change.kind];
  if (plain) return i18n.t(plain);
  const item = ITEM_LABELS[change.kind];
  if (item) return i18n.t(item, { name: String(change.new ?? change.old ?? '') });
  return change.label;
}

const NOTICES: Record<DiffNotice['kind'], string> = {
  'other-app': 'upload:diff.notice.otherApp',
  'other-platform': 'upload:diff.notice.otherPlatform',
  'same-build': 'upload:diff.notice.sameBuild',
  'build-down': 'upload:diff.notice.buildDown',
  'version-down': 'upload:diff.notice.versionDown',
};

/** What will surprise people about this build, in the person's language. */
export function diffWarnings(diff: BuildDiff): string[] {
  if (diff.notices.length === 0) return diff.warnings;
  return diff.notices.map((notice) => i18n.t(NOTICES[notice.kind], notice));
}

/** One change in plain words: "1.0 → 1.1", "4.2 MB → 4.5 MB (+300 KB)", "added". */
export function changeWords(change: BuildChange): string {
  if (change.kind.endsWith('-added')) return i18n.t('upload:diff.added');
  if (change.kind.endsWith('-removed')) return i18n.t('upload:diff.removed');
  if (change.kind === 'icon') return i18n.t('upload:diff.changed');
  if (change.bytes !== undefined) {
    return `${formatBytes(Number(change.old))} → ${formatBytes(Number(change.new))} (${signedBytes(change.bytes)})`;
  }
  const none = i18n.t('upload:diff.none');
  return `${change.old ?? none} → ${change.new ?? none}`;
}

export function signedBytes(bytes: number): string {
  return `${bytes < 0 ? '−' : '+'}${formatBytes(Math.abs(bytes))}`;
}

/** Changes in the order a release manager reads them, under three plain headings. */
export function changeGroups(changes: BuildChange[]): { title: string; changes: BuildChange[] }[] {
  const groups = [
    {
      title: i18n.t('upload:diff.groupVersion'),
      kinds: ['app', 'version', 'build', 'min-os', 'target-os'],
    },
    { title: i18n.t('upload:diff.groupSize'), kinds: ['size', 'area'] },
    {
      title: i18n.t('upload:diff.groupCode'),
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
