import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acceptBug,
  getBug,
  listBugs,
  markBugFixed,
  markBugKnown,
  rejectBug,
} from '../../../main/core/providers/testio/bugs';
import { listTemplates } from '../../../main/core/providers/testio/features';
import { createProduct } from '../../../main/core/providers/testio/products';
import { createTest } from '../../../main/core/providers/testio/tests';
import type { TestioBug } from '../../../shared/domain/testio';
import { failure, startTestioHarness, type TestioHarness } from './testio-harness';

let t: TestioHarness;
let testId: number;
let fresh: TestioBug[];

/** A finished rapid test on a new product: four new bugs, nobody has looked at them. */
beforeAll(async () => {
  t = await startTestioHarness();
  const productId = (
    await createProduct(t.credentials, { title: 'Bug Co', productType: 'website' })
  ).id;
  const template = (await listTemplates(t.credentials, productId))[0]!;
  const test = await createTest(t.credentials, {
    productId,
    title: 'Rapid',
    testingType: 'rapid',
    durationHours: 2,
    reportLanguage: 'en',
    environment: {
      kind: 'inline',
      environment: {
        title: 'Web',
        access: { kind: 'url', url: 'https://bug.example' },
        allowOrders: false,
      },
    },
    scope: { kind: 'template', templateId: template.id },
  });
  testId = test.id;
  t.clock.advance(60_000);
  fresh = (await listBugs(t.credentials, { testId, page: 1, perPage: 25 })).bugs;
});
afterAll(() => t.close());

describe('Test IO bugs', () => {
  it('lists bugs by test cycle with reporter, device and a total', async () => {
    expect(fresh).toHaveLength(4);
    expect(fresh.every((b) => b.status === 'new' && b.testId === testId)).toBe(true);
    expect(fresh[0]).toMatchObject({ testTitle: 'Rapid', known: false });
    expect(fresh[0]!.reporter).toBeTruthy();
    expect(fresh[0]!.device).toBeTruthy();
    expect(fresh[0]!.location).toMatch(/^https:\/\/bug\.example\//);
  });

  it('filters by product and export status, and pages with Test IO’s meta', async () => {
    const shop = await listBugs(t.credentials, { productId: 100, page: 1, perPage: 2 });
    expect(shop.bugs).toHaveLength(2);
    expect(shop.total).toBeGreaterThan(2);
    expect(shop.perPage).toBe(2);
    const exported = await listBugs(t.credentials, {
      productId: 100,
      exportStatus: 'exported',
      page: 1,
      perPage: 25,
    });
    expect(exported.bugs.length).toBeGreaterThan(0);
    expect(exported.bugs.every((b) => b.exportedAt)).toBe(true);
    const big = await listBugs(t.credentials, { page: 1, perPage: 900 });
    expect(big.perPage).toBe(500); // Test IO lowers it; the client reports what applied
    const sent = t.emulator.requests.findLast((r) => r.path.endsWith('/bugs'));
    expect(sent?.query).toBe('?page=1&per_page=900');
  });

  it('reads one bug in detail', async () => {
    const bug = await getBug(t.credentials, fresh[0]!.id);
    expect(bug).toEqual(fresh[0]);
    expect(bug.steps).toContain('1.');
  });

  it('accepts a bug and answers with the whole updated bug', async () => {
    const accepted = await acceptBug(t.credentials, fresh[0]!.id);
    expect(accepted).toEqual({ ...fresh[0], status: 'accepted' });
  });

  it('rejects a bug with a reason and a comment', async () => {
    const rejected = await rejectBug(t.credentials, {
      bugId: fresh[1]!.id,
      reason: 'not_reproducible',
      comment: 'Works on every device we tried.',
    });
    expect(rejected.status).toBe('rejected');
    expect(rejected.steps).toBe(fresh[1]!.steps);
  });

  it('explains a rejection without a comment (400)', async () => {
    const error = await failure(
      rejectBug(t.credentials, { bugId: fresh[2]!.id, reason: 'duplicate', comment: '' }),
    );
    expect(error.message).toBe('Test IO could not reject this bug: comment is missing.');
    expect((await getBug(t.credentials, fresh[2]!.id)).status).toBe('new');
  });

  it('explains why Test IO refuses a verdict (422)', async () => {
    const id = fresh[0]!.id; // accepted above
    const reject = await failure(
      rejectBug(t.credentials, {
        bugId: id,
        reason: 'duplicate',
        comment: 'Same as another',
      }),
    );
    expect(reject.message).toBe(
      'Test IO refused to reject this bug: bug has already been accepted and cannot be rejected.',
    );
    const fixNew = await failure(markBugFixed(t.credentials, fresh[3]!.id));
    expect(fixNew.message).toBe(
      'Test IO refused to mark this bug as fixed: only accepted bugs can be marked as fixed.',
    );
  });

  it('marks an accepted bug as fixed', async () => {
    const fixed = await markBugFixed(t.credentials, fresh[0]!.id);
    expect(fixed.status).toBe('fixed');
  });

  it('marks a bug as known, once', async () => {
    const known = await markBugKnown(t.credentials, fresh[3]!.id);
    expect(known).toMatchObject({ known: true, status: 'new' });
    const again = await failure(markBugKnown(t.credentials, fresh[3]!.id));
    expect(again.message).toBe(
      'Test IO refused to mark this bug as known: bug is already marked as known.',
    );
  });

  it('says which bug it could not find (404) and refuses page 0 (400)', async () => {
    const missing = await failure(acceptBug(t.credentials, 123_456));
    expect(missing).toMatchObject({
      code: 'not_found',
      message: 'Test IO could not find this bug.',
    });
    const page = await failure(listBugs(t.credentials, { page: 0, perPage: 25 }));
    expect(page.message).toBe('Test IO could not list the bugs: page must be 1 or greater.');
  });

  it('refuses every bug call without a valid token (401)', async () => {
    const bad = { ...t.credentials, secret: 'nope' };
    for (const call of [
      listBugs(bad, { page: 1, perPage: 25 }),
      getBug(bad, fresh[0]!.id),
      acceptBug(bad, fresh[2]!.id),
    ]) {
      expect((await failure(call)).code).toBe('unauthorized');
    }
  });
});
