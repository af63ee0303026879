import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectBuild } from '../../../main/core/inspect';
import { parsePlist } from '../../../main/core/inspect/plist';
import { DropshipError } from '../../../shared/errors';
import { deepXmlPlist, ipaWith, sharedReferenceBplist, wideXmlPlist } from './crafted-plists';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dropship-crafted-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function ipa(name: string, plist: Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, ipaWith(plist));
  return path;
}

async function refusal(pending: Promise<unknown>): Promise<DropshipError> {
  const err = await pending.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DropshipError);
  return err as DropshipError;
}

/** Counts the ticks of a 10 ms timer while `work` runs: a blocked event loop counts none. */
async function ticksDuring<T>(work: Promise<T>): Promise<number> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 10);
  try {
    await work.catch(() => undefined);
  } finally {
    clearInterval(timer);
  }
  return ticks;
}

describe('crafted property lists are refused, clearly and quickly', () => {
  it('a 614-byte binary plist whose arrays share one another (billions of values if expanded)', async () => {
    const plist = sharedReferenceBplist();
    expect(plist.length).toBeLessThan(700);
    const err = await refusal(inspectBuild(await ipa('shared.ipa', plist)));
    expect(err.code).toBe('unsupported_file');
    expect(err.message).toMatch(
      /Info\.plist .* is too complex to read: its shared objects expand to more than 200000 values/,
    );
  });

  it('an XML plist nested 650,000 levels deep', async () => {
    const err = await refusal(inspectBuild(await ipa('deep.ipa', deepXmlPlist())));
    expect(err.code).toBe('unsupported_file');
    expect(err.message).toMatch(/is too complex to read: it is nested more than 64 levels deep/);
  });

  it('shared objects are read once and kept shared, not copied', async () => {
    const dict = await parsePlist(sharedReferenceBplist(3, 3));
    const nest = dict.Nest as unknown[][];
    expect(nest).toHaveLength(3);
    expect(nest[0]).toBe(nest[2]); // the same object, not an expanded copy
    expect(nest[0]).toEqual([
      ['a', 'a', 'a'],
      ['a', 'a', 'a'],
      ['a', 'a', 'a'],
    ]);
  });

  it('an array that contains itself', async () => {
    // bplist00, object 0 = array [0]; trailer: 1-byte offsets and refs, 1 object, top 0, table at 10.
    const trailer = Buffer.alloc(32);
    trailer.writeUInt8(1, 6);
    trailer.writeUInt8(1, 7);
    trailer.writeBigUInt64BE(1n, 8);
    trailer.writeBigUInt64BE(10n, 24);
    const selfRef = Buffer.concat([Buffer.from('bplist00'), Buffer.from([0xa1, 0, 8]), trailer]);
    await expect(parsePlist(selfRef)).rejects.toThrow(/an object contains itself/);
  });
});

describe('inspection runs beside the app, within a time budget', () => {
  it('a build that takes longer than the budget is stopped while the event loop runs on', async () => {
    const path = await ipa('wide.ipa', wideXmlPlist());
    const pending = refusal(inspectBuild(path, { budget: { timeoutMs: 300 } }));
    const ticks = await ticksDuring(pending);
    const err = await pending;
    expect(err.code).toBe('timeout');
    expect(err.message).toMatch(
      /^This build could not be read in time: Dropship stopped after 0\.3 seconds/,
    );
    expect(ticks).toBeGreaterThanOrEqual(5);
  });

  it('the same build within the default budget reads (it is legal, only slow)', async () => {
    const info = await inspectBuild(await ipa('wide-ok.ipa', wideXmlPlist()));
    expect(info.id).toBe('com.example.deep');
  });

  it('cancelling stops a read in progress', async () => {
    const path = await ipa('wide-cancel.ipa', wideXmlPlist());
    const controller = new AbortController();
    const pending = refusal(inspectBuild(path, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 50);
    expect((await pending).code).toBe('cancelled');
  });
});
