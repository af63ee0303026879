import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitCommit } from '../../../main/core/transfer/git-commit';
import { DropshipError } from '../../../shared/errors';

let repo: string;
beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'dropship-git-'));
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args]);
  git('init', '-q');
  git(
    '-c',
    'user.name=T',
    '-c',
    'user.email=t@example.com',
    'commit',
    '-q',
    '--allow-empty',
    '-m',
    'one',
  );
});
afterAll(() => rm(repo, { recursive: true, force: true }));

describe('gitCommit never lets a ref act as an option', () => {
  it('reads HEAD', async () => {
    const commit = await gitCommit(repo);
    expect(commit.commitId).toMatch(/^[0-9a-f]{40}$/);
    expect(commit.isoTimestamp).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('refuses a ref that starts with "-", and git writes nothing', async () => {
    const written = join(repo, 'written.txt');
    const err = await gitCommit(repo, `--output=${written}`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DropshipError);
    expect(err).toMatchObject({ code: 'invalid_input' });
    expect((err as DropshipError).message).toMatch(/never starts with “-”/);
    expect(existsSync(written)).toBe(false);
  });
});
