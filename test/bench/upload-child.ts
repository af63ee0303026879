/**
 * One measured upload, in its own process (so its peak RSS is its own): a single wire
 * shape through the transfer engine, or a fan-out to four services through the whole core.
 * Prints one JSON line: {ms, bytes, maxRssMiB}.
 */
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { fanoutCore, FANOUT_TARGETS } from './fanout-core';
import { timedSend } from './wire-requests';

type Shape = 'multipart' | 'presigned-post' | 'signed-put';
const [mode, sink, file, sha] = process.argv.slice(2) as [
  Shape | 'fanout',
  string,
  string,
  string?,
];
/**
 * `sha`: the send hashes its own stream (the CLI). `nosha`: a single send as the app makes
 * it, the SHA-256 already known from the drop. `dropped` (fan-out): the build hashed when it
 * was dropped, untimed, as the person picks services; its transfers reuse that digest
 * (main/core/transfer/file-digests.ts).
 */
const hash = sha !== 'nosha';
const hashedAtDrop = sha === 'dropped';

function one(shape: Shape, size: number): Promise<number> {
  return timedSend(shape, sink, { path: file, size }, { hash });
}

async function fanout(): Promise<number> {
  const { core, close } = await fanoutCore(sink);
  if (hashedAtDrop) await core.ctx.uploads.digests.ofFile(file);
  const started = performance.now();
  const envelope = await core.dispatch('uploads.start', {
    path: file,
    targets: FANOUT_TARGETS,
  });
  if (!envelope.ok) throw new Error(envelope.error.message);
  await core.ctx.uploads.settled();
  const ms = performance.now() - started;
  const jobs = await core.dispatch('uploads.list', undefined);
  const states = jobs.ok ? (jobs.value as { state: string; error?: { message: string } }[]) : [];
  const failed = states.filter((j) => j.state !== 'done');
  if (failed.length > 0)
    throw new Error(`fan-out failed: ${JSON.stringify(failed.map((j) => j.error))}`);
  await close();
  return ms;
}

/**
 * This process's own peak RSS. Linux keeps getrusage's maxrss across exec, so a child of a
 * large parent would report the parent's size; /proc's VmHWM belongs to this process alone.
 */
function peakRssMiB(): number {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

const size = (await stat(file)).size;
const ms = mode === 'fanout' ? await fanout() : await one(mode, size);
const maxRssMiB = peakRssMiB();
process.stdout.write(`${JSON.stringify({ ms, bytes: size, maxRssMiB })}\n`);
