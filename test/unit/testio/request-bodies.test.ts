import { describe, expect, it } from 'vitest';
import { environmentBody } from '../../../main/core/providers/testio/environments';
import { testBody } from '../../../main/core/providers/testio/tests';
import { CreateTestInputSchema } from '../../../shared/contract/testio';

describe('Test IO request bodies', () => {
  it('sends a test as the getting-started guide shows it: duration as hours text', () => {
    const input = CreateTestInputSchema.parse({
      productId: 1,
      title: 'Checkout Flow Test',
      testingType: 'rapid',
      goal: 'Validate the checkout',
      environment: { kind: 'existing', environmentId: 42 },
      scope: { kind: 'template', templateId: 7 },
    });
    expect(testBody(input)).toEqual({
      test_title: 'Checkout Flow Test',
      goal: 'Validate the checkout',
      duration: '2',
      report_language: 'en',
      testing_type: 'rapid',
      test_environment_id: 42,
      test_template: { id: 7 },
    });
  });

  it('sends features instead of a template, and an inline environment', () => {
    const input = CreateTestInputSchema.parse({
      productId: 1,
      title: 'T',
      durationHours: 5,
      environment: {
        kind: 'inline',
        environment: {
          title: 'Staging',
          access: { kind: 'url', url: 'https://s.example' },
          password: 'p',
        },
      },
      scope: { kind: 'features', featureIds: [3, 4] },
    });
    const body = testBody(input);
    expect(body).toMatchObject({
      testing_type: 'coverage',
      duration: '5',
      features: [{ id: 3 }, { id: 4 }],
    });
    expect(body).not.toHaveProperty('test_template');
    expect(body.test_environment).toEqual({
      title: 'Staging',
      url: 'https://s.example',
      password: 'p',
      allow_orders: false,
    });
  });

  it('sends exactly one access method for an environment', () => {
    const body = environmentBody({
      title: 'Build 47',
      access: { kind: 'binaryApp', binaryAppId: 47 },
      allowOrders: false,
      username: undefined,
      password: undefined,
      accessNotes: 'Install from the link',
    });
    expect(body).toEqual({
      title: 'Build 47',
      binary_app_id: 47,
      access: 'Install from the link',
      allow_orders: false,
    });
  });

  it('prefills each testing type’s default duration', () => {
    const base = {
      productId: 1,
      title: 'T',
      environment: { kind: 'existing', environmentId: 1 },
      scope: { kind: 'template', templateId: 1 },
    } as const;
    const hours = (testingType: 'coverage' | 'usability' | 'rapid' | 'focused') =>
      CreateTestInputSchema.parse({ ...base, testingType }).durationHours;
    expect([hours('coverage'), hours('usability'), hours('rapid'), hours('focused')]).toEqual([
      28, 24, 2, 24,
    ]);
  });
});
