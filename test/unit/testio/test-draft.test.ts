import { describe, expect, it } from 'vitest';
import { CreateTestInputSchema } from '../../../shared/contract/testio';
import {
  draftToInput,
  emptyTestDraft,
  toggleFeature,
  withDefaults,
  withTestingType,
} from '../../../renderer/src/views/testio/test-draft';

describe('the new-test form', () => {
  it('prefills each type’s usual duration until the person types one', () => {
    const rapid = withTestingType(emptyTestDraft(), 'rapid');
    expect(rapid.duration).toBe('2');
    expect(withTestingType(rapid, 'usability').duration).toBe('24');
    const typed = { ...rapid, duration: '5', durationEdited: true };
    expect(withTestingType(typed, 'coverage').duration).toBe('5');
  });

  it('sends only the chosen scope: a template or features, never both', () => {
    const draft = withDefaults(emptyTestDraft(), [{ id: 7 }], [{ id: 40 }, { id: 41 }]);
    expect(draft).toMatchObject({ environmentId: '7', templateId: '40', scopeMode: 'template' });
    const withFeatures = {
      ...toggleFeature(toggleFeature(draft, 3), 4),
      scopeMode: 'features' as const,
    };
    expect(draftToInput(1, withFeatures).scope).toEqual({ kind: 'features', featureIds: [3, 4] });
    expect(draftToInput(1, draft).scope).toEqual({ kind: 'template', templateId: 40 });
    expect(toggleFeature(withFeatures, 3).featureIds).toEqual([4]);
  });

  it('falls back to a new environment and to features when the product has none', () => {
    const draft = withDefaults(emptyTestDraft(), [], []);
    expect(draft).toMatchObject({ environmentMode: 'inline', scopeMode: 'features' });
  });

  it('produces input the contract accepts, with the environment described inline', () => {
    const draft = {
      ...withTestingType(emptyTestDraft(), 'focused'),
      title: 'Payments',
      environmentMode: 'inline' as const,
      environment: { ...emptyTestDraft().environment, title: 'Web', url: 'https://pay.example' },
      scopeMode: 'features' as const,
      featureIds: [9],
    };
    const input = CreateTestInputSchema.parse(draftToInput(3, draft));
    expect(input).toMatchObject({ testingType: 'focused', durationHours: 24, productId: 3 });
    expect(input.environment).toEqual({
      kind: 'inline',
      environment: {
        title: 'Web',
        access: { kind: 'url', url: 'https://pay.example' },
        allowOrders: false,
      },
    });
  });
});
