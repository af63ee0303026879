import type { z } from 'zod';
import type { ListBugsInputSchema, RejectBugInputSchema } from '../../../../shared/contract/testio';
import type { BugPage, TestioBug } from '../../../../shared/domain/testio';
import type { ServiceCredentials } from '../../accounts/accounts';
import { testioRequest } from './request';
import { BugEnvelopeSchema, BugListSchema, type ApiBug } from './schemas';
import { t } from '../../i18n/translate';

/** Bugs testers report, and the reviewer's four verdicts on them. */

type BugQuery = z.output<typeof ListBugsInputSchema>;
type Rejection = z.output<typeof RejectBugInputSchema>;

export async function listBugs(credentials: ServiceCredentials, query: BugQuery): Promise<BugPage> {
  const body = await testioRequest(
    credentials,
    {
      method: 'GET',
      path: 'bugs',
      query: {
        filter_product_ids: query.productId,
        filter_test_cycle_ids: query.testId,
        export_status: query.exportStatus,
        page: query.page,
        per_page: query.perPage,
      },
      action: t('testio:action.listBugs'),
    },
    BugListSchema,
  );
  const bugs = body.bugs.map(toBug);
  return {
    bugs,
    // Test IO may lower per_page (max 500): its meta is the truth, not what we asked for.
    page: body.meta?.page ?? query.page,
    perPage: body.meta?.per_page ?? query.perPage,
    total: body.meta?.record_count ?? (query.page - 1) * query.perPage + bugs.length,
  };
}

export async function getBug(credentials: ServiceCredentials, bugId: number): Promise<TestioBug> {
  const body = await testioRequest(
    credentials,
    {
      method: 'GET',
      path: `bugs/${bugId}`,
      action: t('testio:action.loadBug'),
      subject: t('testio:subject.thisBug'),
    },
    BugEnvelopeSchema,
  );
  return toBug(body.bug);
}

export const acceptBug = (credentials: ServiceCredentials, bugId: number) =>
  verdict(credentials, bugId, 'accept', t('testio:action.acceptBug'));

export const markBugFixed = (credentials: ServiceCredentials, bugId: number) =>
  verdict(credentials, bugId, 'mark_as_fixed', t('testio:action.markFixed'));

export const markBugKnown = (credentials: ServiceCredentials, bugId: number) =>
  verdict(credentials, bugId, 'mark_as_known', t('testio:action.markKnown'));

export const rejectBug = (credentials: ServiceCredentials, rejection: Rejection) =>
  verdict(credentials, rejection.bugId, 'reject', t('testio:action.rejectBug'), {
    reason: rejection.reason,
    comment: rejection.comment,
  });

async function verdict(
  credentials: ServiceCredentials,
  bugId: number,
  action: 'accept' | 'reject' | 'mark_as_fixed' | 'mark_as_known',
  words: string,
  json?: Record<string, string>,
): Promise<TestioBug> {
  const body = await testioRequest(
    credentials,
    {
      method: 'PUT',
      path: `bugs/${bugId}/${action}`,
      action: words,
      // Shown beside the bug itself: its internal number would say nothing more.
      subject: t('testio:subject.thisBug'),
      ...(json ? { json } : {}),
    },
    BugEnvelopeSchema,
  );
  // Accept and reject answer with a lean bug (id, title, severity, status); read the whole
  // bug then, so the screen never shows defaults in place of what Test IO knows.
  // The verdict itself succeeded, so a failed re-read must not report it as failed.
  const lean = body.bug.known == null && body.bug.steps == null;
  if (!lean) return toBug(body.bug);
  return getBug(credentials, bugId).catch(() => toBug(body.bug));
}

export function toBug(bug: ApiBug): TestioBug {
  const device = bug.devices?.find((d) => d.name)?.name;
  return {
    id: bug.id,
    title: bug.title,
    severity: bug.severity,
    status: bug.status ?? 'new',
    known: bug.known ?? false,
    ...(bug.exported_at ? { exportedAt: bug.exported_at } : {}),
    ...(bug.language ? { language: bug.language } : {}),
    ...(bug.location ? { location: bug.location } : {}),
    ...(bug.expected_result ? { expectedResult: bug.expected_result } : {}),
    ...(bug.actual_result ? { actualResult: bug.actual_result } : {}),
    ...(bug.steps ? { steps: bug.steps } : {}),
    ...(bug.test ? { testId: bug.test.id } : {}),
    ...(bug.test?.title ? { testTitle: bug.test.title } : {}),
    ...(bug.reported_at ? { reportedAt: bug.reported_at } : {}),
    ...(bug.author?.name ? { reporter: bug.author.name } : {}),
    ...(device ? { device } : {}),
  };
}
