import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, startTestioHarness, type TestioHarness } from './testio-harness';

/** The Test IO channels through the core's dispatch: contract parsing, handlers, errors. */
let t: TestioHarness;
beforeAll(async () => {
  t = await startTestioHarness();
});
afterAll(() => t.close());

const run = async (channel: string, input?: unknown) => {
  const envelope = await t.harness.core.dispatch(channel, input);
  if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), envelope.error);
  return envelope.value as Record<string, unknown>;
};
const refused = async (channel: string, input?: unknown) => {
  const envelope = await t.harness.core.dispatch(channel, input);
  expect(envelope.ok).toBe(false);
  return (envelope as { error: { code: string; message: string; fields?: Record<string, string> } })
    .error;
};

describe('Test IO through the core', () => {
  it('creates a rapid test with its default duration when none is given', async () => {
    const product = await run('testio.createProduct', { title: 'Core Co', productType: 'website' });
    const environment = await run('testio.createEnvironment', {
      productId: product.id,
      title: 'Staging',
      access: { kind: 'url', url: 'https://core.example' },
    });
    const [template] = (await run('testio.listTemplates', {
      productId: product.id,
    })) as unknown as { id: number }[];
    const test = await run('testio.createTest', {
      productId: product.id,
      title: 'Quick look',
      testingType: 'rapid',
      environment: { kind: 'existing', environmentId: environment.id },
      scope: { kind: 'template', templateId: template!.id },
    });
    expect(test).toMatchObject({ durationHours: 2, status: 'pending', reportLanguage: 'en' });
    const page = await run('testio.listTests', { productId: product.id });
    expect(page).toMatchObject({ page: 1, perPage: 25, hasMore: false });
  });

  it('refuses a test without a scope before anything is sent', async () => {
    const before = t.emulator.requests.length;
    const error = await refused('testio.createTest', {
      productId: 100,
      title: 'No scope',
      environment: { kind: 'existing', environmentId: 200 },
    });
    expect(error.code).toBe('invalid_input');
    expect(error.fields).toHaveProperty('scope');
    expect(t.emulator.requests.length).toBe(before);
  });

  it('words form problems for people: address, comment, user stories', async () => {
    const address = await refused('testio.createEnvironment', {
      productId: 100,
      title: 'Bad',
      access: { kind: 'url', url: 'staging' },
    });
    expect(address.fields?.['access.url']).toBe(
      'Enter a full address, like https://staging.example.com',
    );
    const comment = await refused('testio.rejectBug', {
      bugId: 9000,
      reason: 'duplicate',
      comment: '  ',
    });
    expect(comment.fields?.comment).toBe('Tell the tester why the bug is rejected');
    const stories = await refused('testio.createFeature', {
      productId: 100,
      title: 'F',
      userStories: [' '],
    });
    expect(stories.fields?.userStories).toBe('Add at least one user story');
  });

  it('carries Test IO’s refusal to the screen as a sentence', async () => {
    const bugs = await run('testio.listBugs', { productId: 100, perPage: 100 });
    const rejected = (bugs.bugs as { id: number; status: string }[]).find(
      (b) => b.status === 'rejected',
    )!;
    const error = await refused('testio.acceptBug', { bugId: rejected.id });
    expect(error).toMatchObject({
      code: 'rejected',
      message: `Test IO refused to accept this bug: bug has already been rejected and cannot be accepted.`,
    });
  });

  it('checks the connection: “N products at host”', async () => {
    const { detail } = await run('accounts.test', { service: 'testio' });
    expect(detail).toMatch(/^\d+ products at 127\.0\.0\.1:\d+$/);
  });

  it('says Test IO is not connected once the account is removed', async () => {
    await run('accounts.disconnect', { service: 'testio' });
    const error = await failure(t.harness.core.handlers.testio.listProducts());
    expect(error.code).toBe('not_connected');
    await run('accounts.useSandbox', { service: 'testio' });
    expect(Array.isArray(await run('testio.listProducts'))).toBe(true);
  });
});
