import { createHash } from 'node:crypto';
import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileDigests } from '../../../main/core/transfer/file-digests';

let dir: string;
let file: string;
const bytes = Buffer.from('a build, byte for byte');
const sha = createHash('sha256').update(bytes).digest('hex');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dropship-digests-'));
  file = join(dir, 'app.apk');
  await writeFile(file, bytes);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('one SHA-256 per file version', () => {
  it('the first transfer hashes on its stream; the others reuse its digest', async () => {
    const digests = new FileDigests();
    const leader = await digests.roleFor(file, 'app.apk');
    const follower = await digests.roleFor(file, 'app.apk');
    expect(leader.hashOnStream).toBe(true);
    expect(follower.hashOnStream).toBe(false);
    if (!leader.hashOnStream && follower.hashOnStream) return;
    const waiting = (follower as Extract<typeof follower, { hashOnStream: false }>).digest();
    (leader as Extract<typeof leader, { hashOnStream: true }>).publish('f'.repeat(64));
    await expect(waiting).resolves.toBe('f'.repeat(64));
  });

  it('the drop-time digest serves every transfer of that file', async () => {
    const digests = new FileDigests();
    await expect(digests.ofFile(file)).resolves.toBe(sha);
    const role = await digests.roleFor(file, 'app.apk');
    expect(role.hashOnStream).toBe(false);
    if (role.hashOnStream) return;
    await expect(role.digest()).resolves.toBe(sha);
  });

  it('a follower hashes the file itself when the pass it relied on failed', async () => {
    const digests = new FileDigests();
    const leader = await digests.roleFor(file, 'app.apk');
    const follower = await digests.roleFor(file, 'app.apk');
    if (!leader.hashOnStream || follower.hashOnStream) throw new Error('unexpected roles');
    leader.publish(undefined);
    await expect(follower.digest()).resolves.toBe(sha);
    // …and the failed pass is forgotten: the next transfer hashes on its stream again.
    expect((await digests.roleFor(file, 'app.apk')).hashOnStream).toBe(true);
  });

  it('refuses a digest for a file that changed while it was sent', async () => {
    const digests = new FileDigests();
    await digests.ofFile(file);
    const role = await digests.roleFor(file, 'app.apk');
    await appendFile(file, 'more');
    if (role.hashOnStream) throw new Error('unexpected role');
    await expect(role.digest()).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'app.apk changed while it was being sent.',
    });
    // A changed file is a new version: its first transfer hashes it afresh.
    expect((await digests.roleFor(file, 'app.apk')).hashOnStream).toBe(true);
  });
});
