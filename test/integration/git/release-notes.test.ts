import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftReleaseNotes } from '../../../main/core/git/release-notes';

let repo: string;
const git = (...args: string[]): string =>
  execFileSync('git', ['-C', repo, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'T',
      GIT_AUTHOR_EMAIL: 't@example.test',
      GIT_COMMITTER_NAME: 'T',
      GIT_COMMITTER_EMAIL: 't@example.test',
    },
  }).trim();
const commit = (message: string): string => {
  git('commit', '-q', '--allow-empty', '-m', message);
  return git('rev-parse', 'HEAD');
};

beforeEach(async () => {
  repo = await mkdtemp(join(tmpdir(), 'dropship-notes-'));
  git('init', '-q', '-b', 'main');
});
afterEach(() => rm(repo, { recursive: true, force: true }));

describe('draftReleaseNotes', () => {
  it('drafts from the last delivered build’s commit, grouped plainly, without merges or chores', async () => {
    commit('feat: first screen');
    const delivered = commit('fix: old bug');
    commit('feat: add dark mode');
    commit('fix(upload): crash when a retry starts');
    commit('chore: bump dependencies');
    commit('perf: faster start');
    commit('Update the onboarding text');
    git('checkout', '-q', '-b', 'topic');
    commit('feat(settings): a proxy field');
    git('checkout', '-q', 'main');
    git('merge', '-q', '--no-ff', '-m', "Merge branch 'topic'", 'topic');

    const draft = await draftReleaseNotes(repo, delivered);
    expect(draft.since).toEqual({ kind: 'commit', ref: delivered });
    expect(draft.head).toBe(git('rev-parse', 'HEAD'));
    expect(draft.text).toBe(
      [
        'New',
        '- Settings: A proxy field',
        '- Add dark mode',
        '',
        'Fixed',
        '- Upload: Crash when a retry starts',
        '',
        'Improved',
        '- Faster start',
        '',
        'Other changes',
        '- Update the onboarding text',
      ].join('\n'),
    );
    expect(draft.commits).toBe(6);
  });

  it('starts at the newest tag when the last build’s commit is unknown or not an ancestor', async () => {
    commit('feat: before the tag');
    git('tag', 'v1.0');
    commit('fix: after the tag');
    git('checkout', '-q', '--orphan', 'elsewhere');
    const unrelated = commit('feat: on another history');
    git('checkout', '-q', 'main');

    for (const since of [undefined, unrelated, '--output=/tmp/owned']) {
      const draft = await draftReleaseNotes(repo, since);
      expect(draft.since).toEqual({ kind: 'tag', ref: 'v1.0' });
      expect(draft.text).toBe('Fixed\n- After the tag');
    }
  });

  it('takes the recent commits when there is no tag either', async () => {
    commit('feat: one');
    commit('two');
    const draft = await draftReleaseNotes(repo);
    expect(draft.since.kind).toBe('recent');
    expect(draft.text).toBe('New\n- One\n\nOther changes\n- Two');
  });

  it('says plainly when the folder is not a repository with commits', async () => {
    await expect(draftReleaseNotes(repo)).rejects.toThrow(/not a git repository with any commit/);
    await expect(draftReleaseNotes(join(repo, 'missing'))).rejects.toThrow(/not a git repository/);
  });
});
