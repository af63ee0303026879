import type { FileFacts } from '../../../shared/contract/uploads';
import { readBuild } from '../../core/inspect/read-build';
import { describeFile } from '../../core/transfer/describe-file';
import { sha256OfFile } from '../../core/transfer/file-source';
import { mb } from '../printer';

/**
 * `dropship inspect FILE`: what the build is, and which services take it. Exit 2 if unreadable.
 * The build is read on this thread, not in the app's inspection worker: the command reads
 * one build and exits, so there is no window to keep responsive, and starting a worker
 * (a second isolate loading the readers again) would cost more than the read itself.
 */
export async function inspectCommand(
  file: string,
  json: boolean,
  out: NodeJS.WriteStream,
): Promise<number> {
  const facts = await describeFile(file, (path) => readBuild(path));
  const sha256 = await sha256OfFile(facts.path);
  if (json) {
    out.write(`${JSON.stringify({ ...facts, sha256 }, null, 2)}\n`);
  } else {
    out.write(`${describe(facts, sha256).join('\n')}\n`);
  }
  return facts.build ? 0 : 2;
}

function describe(facts: FileFacts, sha256: string): string[] {
  const b = facts.build;
  const lines = [`${facts.fileName}  ${mb(facts.size)}  SHA-256 ${sha256}`];
  if (b) {
    lines.push(
      `${b.name}  ${b.id}  version ${b.version} (build ${b.build})`,
      `${b.platform === 'ios' ? 'iOS' : 'Android'} ${b.format}, runs on ${b.minOs} or later`,
    );
  } else {
    lines.push(`Could not read the build: ${facts.inspectError ?? 'unknown format'}`);
  }
  for (const s of facts.services) {
    lines.push(`  ${s.accepted ? '✓' : '✗'} ${s.service}${s.reason ? ` — ${s.reason}` : ''}`);
  }
  return lines;
}
