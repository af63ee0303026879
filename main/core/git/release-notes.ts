import { DropshipError } from '../../../shared/errors';
import { git } from './git';
import { t } from '../i18n/translate';

export interface ReleaseNotesDraft {
  /** The full hash of HEAD: what this build was made from. */
  head: string;
  /** Where the notes start: the last delivered build's commit, a tag, or the recent commits. */
  since: { kind: 'commit' | 'tag' | 'recent'; ref: string };
  commits: number;
  /** Plain text a person edits before sending: groups with "- " items. */
  text: string;
}

/** Conventional-commit types people act on; the rest (ci, chore, test…) is for the team. */
const GROUPS: [group: 'new' | 'fixed' | 'improved', types: string[]][] = [
  ['new', ['feat', 'feature']],
  ['fixed', ['fix', 'bugfix', 'hotfix']],
  ['improved', ['perf', 'improve', 'refactor']],
];
type Group = (typeof GROUPS)[number][0] | 'other';
const INTERNAL = new Set(['chore', 'ci', 'build', 'test', 'tests', 'style', 'docs', 'release']);
const RECENT = 30;
const CONVENTIONAL = /^(\w+)(?:\(([^)]*)\))?!?:\s*(.+)$/;

/**
 * Drafts release notes from the commits since `sinceCommit` (the commit of the last build of
 * this app Dropship delivered), else since the newest tag, else the last 30 commits. Merges
 * are left out; conventional-commit prefixes become plain groups ("New", "Fixed"…).
 */
export async function draftReleaseNotes(
  folder: string,
  sinceCommit?: string,
): Promise<ReleaseNotesDraft> {
  const head = (
    await git(folder, ['rev-parse', '--verify', '--end-of-options', 'HEAD^{commit}'])
  )?.trim();
  if (!head) {
    throw new DropshipError({
      code: 'invalid_input',
      retryable: false,
      message: t('git:noCommits', { folder }),
      fields: { folder: t('git:chooseRepository') },
    });
  }
  const since = await startingPoint(folder, sinceCommit);
  const range =
    since.kind === 'recent'
      ? ['-n', String(RECENT), '--end-of-options', 'HEAD']
      : ['--end-of-options', `${since.ref}..HEAD`];
  const log = await git(folder, ['log', '--no-merges', '--format=%s%x1e', ...range, '--']);
  const subjects = (log ?? '')
    .split('\x1e')
    .map((s) => s.trim())
    .filter(Boolean);
  return { head, since, commits: subjects.length, text: group(subjects) };
}

async function startingPoint(
  folder: string,
  sinceCommit: string | undefined,
): Promise<ReleaseNotesDraft['since']> {
  // The last build's commit counts only if this HEAD descends from it (not a rebased branch).
  if (
    sinceCommit &&
    /^[0-9a-f]{7,64}$/i.test(sinceCommit) &&
    (await git(folder, [
      'merge-base',
      '--is-ancestor',
      '--end-of-options',
      sinceCommit,
      'HEAD',
    ])) !== undefined
  ) {
    return { kind: 'commit', ref: sinceCommit };
  }
  const tag = (
    await git(folder, ['describe', '--tags', '--abbrev=0', '--end-of-options', 'HEAD'])
  )?.trim();
  if (tag) return { kind: 'tag', ref: tag };
  return { kind: 'recent', ref: t('git:recent', { count: RECENT }) };
}

function group(subjects: string[]): string {
  const groups = new Map<Group, string[]>();
  for (const subject of subjects) {
    const match = CONVENTIONAL.exec(subject);
    const type = match?.[1]?.toLowerCase();
    if (type && INTERNAL.has(type)) continue;
    const group: Group = (type && GROUPS.find(([, types]) => types.includes(type))?.[0]) || 'other';
    const text = match && type && group !== 'other' ? match[3]! : subject;
    const scope = match?.[2] && group !== 'other' ? `${capitalise(match[2])}: ` : '';
    const items = groups.get(group) ?? [];
    items.push(`- ${scope}${capitalise(text)}`);
    groups.set(group, items);
  }
  const order: Group[] = [...GROUPS.map(([group]) => group), 'other'];
  return order
    .filter((group) => groups.has(group))
    .map((group) => `${t(`git:group.${group}`)}\n${groups.get(group)!.join('\n')}`)
    .join('\n\n');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
