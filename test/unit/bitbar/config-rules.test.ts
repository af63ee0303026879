import { describe, expect, it } from 'vitest';
import {
  BitbarConfigEditSchema,
  modesForProject,
  optionApplies,
  type BitbarConfigEdit,
} from '../../../shared/contract/bitbar-config';

const base: BitbarConfigEdit = {
  scheduler: 'PARALLEL',
  mode: 'FULL_RUN',
  autoScreenshots: false,
  screenshotDir: '',
  limitationType: null,
  limitationValue: '',
  withAnnotation: '',
  withoutAnnotation: '',
  applicationUsername: '',
  applicationPassword: '',
  deviceLanguageCode: 'en_US',
  hookURL: '',
  uiAutomatorTestClasses: '',
  launchApp: false,
  instrumentationRunner: '',
  checkApp: false,
};

const problems = (edit: Partial<BitbarConfigEdit>) => {
  const result = BitbarConfigEditSchema.safeParse({ ...base, ...edit });
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe('Bitbar config rules', () => {
  it('UIAUTOMATOR needs test classes', () => {
    expect(problems({ mode: 'UIAUTOMATOR' })).toHaveProperty('uiAutomatorTestClasses');
    expect(
      problems({ mode: 'UIAUTOMATOR', uiAutomatorTestClasses: 'com.example.LoginTest' }),
    ).toEqual({});
  });

  it('checks the language code, the hook address and the limitation value', () => {
    expect(problems({ deviceLanguageCode: 'english' })).toHaveProperty('deviceLanguageCode');
    expect(problems({ hookURL: 'ftp://x' })).toHaveProperty('hookURL');
    expect(problems({ limitationType: 'PACKAGE' })).toEqual({
      limitationValue: 'Name the package to test',
    });
  });

  it('shows mode-only options in their mode only', () => {
    expect(optionApplies('withAnnotation', 'FULL_RUN')).toBe(true);
    expect(optionApplies('withAnnotation', 'UIAUTOMATOR')).toBe(false);
    expect(optionApplies('applicationPassword', 'APP_CRAWLER')).toBe(true);
    expect(optionApplies('launchApp', 'FULL_RUN')).toBe(false);
    expect(optionApplies('deviceLanguageCode', 'IOS')).toBe(true);
  });

  it('offers iOS projects the iOS mode only', () => {
    expect(modesForProject('IOS')).toEqual(['IOS']);
    expect(modesForProject('UIAUTOMATOR')).not.toContain('IOS');
  });
});
