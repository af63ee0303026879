/**
 * One measured upload, in its own process (so its peak RSS is its own): a single wire
 * shape through the transfer engine, or a fan-out to four services through the whole core.
 * Prints one JSON line: {ms, bytes, maxRssMiB}.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { MemoryVault } from '../../main/core/accounts/vault';
import { createCore } from '../../main/core/create-core';
import { MemorySettingsStore } from '../../main/core/settings-store';
import { sendWire } from '../../main/core/transfer/send-wire';
import { benchWireRequest } from './wire-requests';
import { SettingsSchema } from '../../shared/settings';

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

async function one(shape: Shape, size: number): Promise<number> {
  const started = performance.now();
  const { response } = await sendWire(benchWireRequest(shape, sink), {
    service: 'installr',
    file: { path: file, fileName: basename(file), size },
    signal: new AbortController().signal,
    onProgress: () => undefined,
    onBodySent: () => undefined,
    onStall: () => undefined,
    hash,
  });
  if (response.status >= 300) throw new Error(`sink answered ${response.status}`);
  return performance.now() - started;
}

async function fanout(): Promise<number> {
  const dataDir = await mkdtemp(join(tmpdir(), 'dropship-bench-core-'));
  const vault = new MemoryVault();
  const bases = {
    installr: sink,
    testio: `${sink}/customer/v2`,
    bitbar: `${sink}/api`,
    productscience: sink,
  } as const;
  const connections: Record<string, unknown> = {};
  for (const [service, baseUrl] of Object.entries(bases)) {
    await vault.set(service, 'bench');
    const auth = service === 'bitbar' ? 'apiKey' : 'token';
    connections[service] = { kind: 'account', baseUrl, label: 'bench', auth };
  }
  const settings = new MemorySettingsStore(SettingsSchema.parse({ connections }));
  const core = createCore({ settings, vault, dataDir });
  if (hashedAtDrop) await core.dispatch('uploads.hashFile', { path: file });
  const started = performance.now();
  const envelope = await core.dispatch('uploads.start', {
    path: file,
    targets: [
      { service: 'installr' },
      { service: 'testio' },
      { service: 'bitbar', project: { kind: 'existing', id: 1, name: 'bench' } },
      { service: 'productscience', projectName: 'bench' },
    ],
  });
  if (!envelope.ok) throw new Error(envelope.error.message);
  await core.ctx.uploads.settled();
  const ms = performance.now() - started;
  const jobs = await core.dispatch('uploads.list', undefined);
  const states = jobs.ok ? (jobs.value as { state: string; error?: { message: string } }[]) : [];
  const failed = states.filter((j) => j.state !== 'done');
  if (failed.length > 0)
    throw new Error(`fan-out failed: ${JSON.stringify(failed.map((j) => j.error))}`);
  await core.dispose();
  await rm(dataDir, { recursive: true, force: true });
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
