import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { open, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const GiB = 1024 ** 3;
export const SHAPES = ['multipart', 'presigned-post', 'signed-put'] as const;
export type Shape = (typeof SHAPES)[number];

/**
 * The file to send, cached between runs in the temp folder: random bytes (nothing can
 * shortcut them), or sparse zeros for the 4 GiB memory check (no disk, same code path).
 */
export async function benchFile(size: number, kind: 'random' | 'sparse'): Promise<string> {
  const path = join(tmpdir(), `dropship-bench-${size}-${kind}.apk`);
  const existing = await stat(path).catch(() => undefined);
  if (existing?.size === size) return path;
  if (kind === 'sparse') {
    await writeFile(path, '');
    await truncate(path, size);
    return path;
  }
  const handle = await open(path, 'w');
  try {
    const chunk = 4 * 1024 * 1024;
    for (let written = 0; written < size; written += chunk) {
      await handle.write(randomBytes(Math.min(chunk, size - written)));
    }
  } finally {
    await handle.close();
  }
  return path;
}

/** curl's arguments for the same request our engine makes in each shape. */
function curlArgs(shape: Shape | 'bitbar', sink: string, file: string): string[] {
  // No Expect: 100-continue round trip (undici does not send one either).
  const common = [
    '-sS',
    '-o',
    '/dev/null',
    '-w',
    '%{http_code} %{size_upload} %{time_total}',
    '-H',
    'Expect:',
  ];
  switch (shape) {
    case 'multipart':
      return [
        ...common,
        ...['-H', 'X-InstallrAppToken: bench', '-F', 'releaseNotes=bench'],
        ...['-F', `qqfile=@${file};type=application/vnd.android.package-archive`],
        `${sink}/apps.json`,
      ];
    case 'bitbar':
      return [
        ...common,
        ...['-u', 'bench:', '-H', 'Accept: application/json', '-F', `file=@${file}`],
        `${sink}/api/v2/me/projects/1/files/application`,
      ];
    case 'presigned-post':
      return [
        ...common,
        ...['-F', 'key=uploads/bench.apk', '-F', 'success_action_status=201'],
        ...['-F', 'policy=eyJjb25kaXRpb25zIjpbXX0=', '-F', 'x-amz-signature=bench'],
        ...['-F', `file=@${file};type=application/vnd.android.package-archive`],
        `${sink}/s3`,
      ];
    case 'signed-put':
      return [
        ...common,
        ...['-X', 'PUT', '-T', file, '-H', 'Content-Type: application/octet-stream'],
        `${sink}/gcs/bench/build.apk?X-Goog-Signature=bench`,
      ];
  }
}

/**
 * One curl upload; its own `time_total` (no process start-up), in ms. `extra`: more
 * options, e.g. `--cacert` and `--proxy` for the TLS rows (tls-proxy.ts).
 */
export async function curlShape(shape: Shape, sink: string, file: string, extra: string[] = []) {
  const { stdout } = await run('curl', [...extra, ...curlArgs(shape, sink, file)]);
  return { ms: (await checkedSeconds(stdout, file)) * 1000 };
}

/** A run only counts if the sink accepted every byte: an early refusal would look fast. */
async function checkedSeconds(stdout: string, file: string): Promise<number> {
  const [code, uploaded, seconds] = stdout.trim().split(' ').map(Number);
  const { size } = await stat(file);
  if (!code || code < 200 || code >= 300 || (uploaded ?? 0) < size) {
    throw new Error(`curl's upload did not complete (HTTP ${code}, ${uploaded} of ${size} bytes)`);
  }
  return seconds ?? Number.NaN;
}

/** Four curls at once, one per service's shape: wall time until the last one finished. */
export async function curlFanout(sink: string, file: string) {
  const started = performance.now();
  await Promise.all(
    (['multipart', 'presigned-post', 'bitbar', 'signed-put'] as const).map(async (shape) =>
      checkedSeconds((await run('curl', curlArgs(shape, sink, file))).stdout, file),
    ),
  );
  return { ms: performance.now() - started };
}
