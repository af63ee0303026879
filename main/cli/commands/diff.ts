import type { BuildChange, BuildDiff } from '../../../shared/domain/build-diff';
import { diffBuilds } from '../../core/diff/build-diff';
import { profileBuild } from '../../core/diff/build-profile';
import { mb } from '../printer';

/**
 * `dropship diff OLD NEW`: what changed between two builds. Exit 0 whatever changed (a diff
 * is information, not a verdict); an unreadable build is bad input, exit 2, from main().
 */
export async function diffCommand(
  oldFile: string,
  newFile: string,
  json: boolean,
  out: NodeJS.WriteStream,
): Promise<number> {
  const [before, after] = await Promise.all([profileBuild(oldFile), profileBuild(newFile)]);
  const diff = diffBuilds(before, after);
  out.write(json ? `${JSON.stringify(diff, null, 2)}\n` : `${describe(diff).join('\n')}\n`);
  return 0;
}

function describe(diff: BuildDiff): string[] {
  const { old: before, new: after } = diff;
  const lines = [
    `${diff.appId}: ${before.version} (build ${before.build}) → ${after.version} (build ${after.build})`,
  ];
  if (diff.changes.length === 0) lines.push('  Nothing Dropship reads has changed.');
  for (const change of diff.changes) lines.push(`  ${line(change)}`);
  for (const warning of diff.warnings) lines.push(`! ${warning}`);
  return lines;
}

function line(change: BuildChange): string {
  if (change.kind.endsWith('-added')) return `+ ${change.label}`;
  if (change.kind.endsWith('-removed')) return `- ${change.label}`;
  if (change.kind === 'icon') return '  Icon changed';
  if (change.bytes !== undefined) {
    const sign = change.bytes > 0 ? '+' : '−';
    const [was, now] = [size(Number(change.old)), size(Number(change.new))];
    return `  ${change.label}: ${was} → ${now} (${sign}${size(Math.abs(change.bytes))})`;
  }
  return `  ${change.label}: ${change.old ?? 'none'} → ${change.new ?? 'none'}`;
}

/** Area changes are often a few kilobytes; megabytes with one decimal would show 0.0. */
function size(bytes: number): string {
  if (bytes >= 1_000_000) return mb(bytes);
  return bytes >= 1000 ? `${(bytes / 1000).toFixed(1)} kB` : `${bytes} B`;
}
