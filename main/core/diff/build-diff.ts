import {
  type BuildChange,
  type BuildDiff,
  type BuildProfile,
  type DiffNotice,
} from '../../../shared/domain/build-diff';
import { areaLabel } from './build-areas';
import { compareVersions } from './version-order';
import { t } from '../i18n/translate';
import { noticeWords } from '../i18n/shared-words';

/**
 * What changed from one build of an app to the next, in the order a release manager checks:
 * is it an update at all, who can install it, how big it got and where, and what it now asks
 * people to allow. Pure: both sides are profiles, so the old file need not exist any more.
 */
export function diffBuilds(before: BuildProfile, after: BuildProfile): BuildDiff {
  const changes: BuildChange[] = [];
  const notices: DiffNotice[] = [];
  const change = (c: BuildChange): void => void changes.push(c);
  const warn = (notice: DiffNotice): void => void notices.push(notice);

  if (before.id !== after.id) {
    change({ kind: 'app', label: t('diff:app'), old: before.id, new: after.id });
    warn({ kind: 'other-app', old: before.id, new: after.id });
  }
  if (before.platform !== after.platform) {
    warn({ kind: 'other-platform' });
  }

  const buildOrder = compareVersions(before.build, after.build);
  if (before.build !== after.build) {
    change({ kind: 'build', label: t('diff:build'), old: before.build, new: after.build });
  }
  if (before.version !== after.version) {
    change({ kind: 'version', label: t('diff:version'), old: before.version, new: after.version });
  }
  if (before.id === after.id && buildOrder !== undefined && buildOrder >= 0) {
    warn(
      buildOrder === 0
        ? { kind: 'same-build', build: after.build }
        : { kind: 'build-down', old: before.build, new: after.build },
    );
  }
  const versionOrder = compareVersions(before.version, after.version);
  if (before.id === after.id && versionOrder !== undefined && versionOrder > 0) {
    warn({ kind: 'version-down', old: before.version, new: after.version });
  }

  if (before.minOs !== after.minOs) {
    change({ kind: 'min-os', label: t('diff:minOs'), old: before.minOs, new: after.minOs });
  }
  if ((before.targetOs ?? null) !== (after.targetOs ?? null)) {
    const label = t('diff:targetOs');
    change({ kind: 'target-os', label, old: before.targetOs ?? null, new: after.targetOs ?? null });
  }

  if (before.fileSize !== after.fileSize) {
    change({
      kind: 'size',
      label: t('diff:size'),
      old: before.fileSize,
      new: after.fileSize,
      bytes: after.fileSize - before.fileSize,
    });
  }
  for (const area of unionOf(Object.keys(before.areas), Object.keys(after.areas))) {
    const was = before.areas[area] ?? 0;
    const now = after.areas[area] ?? 0;
    if (was !== now) {
      change({ kind: 'area', label: areaLabel(area), old: was, new: now, bytes: now - was });
    }
  }

  listChanges(before.abis, after.abis, 'abi', t('diff:abi'), change);
  listChanges(before.permissions, after.permissions, 'permission', t('diff:permission'), change);
  if (before.entitlements && after.entitlements) {
    listChanges(
      before.entitlements,
      after.entitlements,
      'entitlement',
      t('diff:entitlement'),
      change,
    );
  }
  if (before.iconSha256 !== after.iconSha256 && (before.iconSha256 || after.iconSha256)) {
    change({
      kind: 'icon',
      label: t('diff:icon'),
      old: before.iconSha256 ?? null,
      new: after.iconSha256 ?? null,
    });
  }

  return {
    appId: after.id,
    old: { fileName: before.fileName, version: before.version, build: before.build },
    new: { fileName: after.fileName, version: after.version, build: after.build },
    changes,
    warnings: notices.map(noticeWords),
    notices,
  };
}

function listChanges(
  before: string[],
  after: string[],
  what: 'abi' | 'permission' | 'entitlement',
  label: string,
  change: (c: BuildChange) => void,
): void {
  for (const item of after.filter((x) => !before.includes(x))) {
    change({ kind: `${what}-added`, label: `${label} ${item}`, old: null, new: item });
  }
  for (const item of before.filter((x) => !after.includes(x))) {
    change({ kind: `${what}-removed`, label: `${label} ${item}`, old: item, new: null });
  }
}

function unionOf(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}
