import type { CreateTestInput } from '../../../../shared/contract/testio';
import {
  DEFAULT_DURATION_HOURS,
  type ReportLanguage,
  type TestingType,
} from '../../../../shared/domain/testio';
import type { Translate } from '../../lib/translate';
import {
  emptyEnvironmentDraft,
  environmentFields,
  type EnvironmentDraft,
} from './environment-draft';

/** The new-test form while someone fills it in. */
export interface TestDraft {
  title: string;
  testingType: TestingType;
  duration: string;
  /** Once the person types a duration, changing the type no longer overwrites it. */
  durationEdited: boolean;
  reportLanguage: ReportLanguage;
  goal: string;
  instructions: string;
  environmentMode: 'existing' | 'inline';
  environmentId: string;
  environment: EnvironmentDraft;
  /** A template or features: the form shows one set of controls at a time. */
  scopeMode: 'template' | 'features';
  templateId: string;
  featureIds: number[];
}

export const emptyTestDraft = (): TestDraft => ({
  title: '',
  testingType: 'coverage',
  duration: String(DEFAULT_DURATION_HOURS.coverage),
  durationEdited: false,
  reportLanguage: 'en',
  goal: '',
  instructions: '',
  environmentMode: 'existing',
  environmentId: '',
  environment: emptyEnvironmentDraft(),
  scopeMode: 'template',
  templateId: '',
  featureIds: [],
});

/**
 * Fills what the person has not chosen from what the product has: its first environment
 * (or a new one when it has none) and its first template (or features when none).
 */
export function withDefaults(
  draft: TestDraft,
  environments: readonly { id: number }[] | undefined,
  templates: readonly { id: number }[] | undefined,
): TestDraft {
  let next = draft;
  if (environments && !next.environmentId && next.environmentMode === 'existing') {
    next = environments[0]
      ? { ...next, environmentId: String(environments[0].id) }
      : { ...next, environmentMode: 'inline' };
  }
  if (templates && !next.templateId && next.scopeMode === 'template') {
    next = templates[0]
      ? { ...next, templateId: String(templates[0].id) }
      : { ...next, scopeMode: 'features' };
  }
  return next;
}

/** Picks a type and, unless the person chose a duration, that type's usual one. */
export function withTestingType(draft: TestDraft, testingType: TestingType): TestDraft {
  return {
    ...draft,
    testingType,
    duration: draft.durationEdited ? draft.duration : String(DEFAULT_DURATION_HOURS[testingType]),
  };
}

export function toggleFeature(draft: TestDraft, featureId: number): TestDraft {
  const has = draft.featureIds.includes(featureId);
  return {
    ...draft,
    featureIds: has
      ? draft.featureIds.filter((id) => id !== featureId)
      : [...draft.featureIds, featureId],
  };
}

/** The contract's input: exactly one environment choice and exactly one scope. */
export function draftToInput(productId: number, draft: TestDraft): CreateTestInput {
  const hours = Number(draft.duration);
  return {
    productId,
    title: draft.title,
    testingType: draft.testingType,
    ...(draft.duration.trim() ? { durationHours: Number.isFinite(hours) ? hours : 0 } : {}),
    reportLanguage: draft.reportLanguage,
    goal: draft.goal,
    instructions: draft.instructions,
    environment:
      draft.environmentMode === 'existing'
        ? { kind: 'existing', environmentId: Number(draft.environmentId) || 0 }
        : { kind: 'inline', environment: environmentFields(draft.environment) },
    scope:
      draft.scopeMode === 'template'
        ? { kind: 'template', templateId: Number(draft.templateId) || 0 }
        : { kind: 'features', featureIds: draft.featureIds },
  };
}

/** Field problems from the contract, by the form's own field names. */
export function testErrors(t: Translate, fields: Record<string, string> | undefined) {
  const at = (key: string) => fields?.[key];
  return {
    title: at('title'),
    duration: at('durationHours'),
    environmentId: at('environment.environmentId') && t('testio:newTest.pickEnvironment'),
    templateId: at('scope.templateId') && t('testio:newTest.pickTemplate'),
    featureIds: at('scope.featureIds'),
  };
}
