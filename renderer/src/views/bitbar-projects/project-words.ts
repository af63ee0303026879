import type { BitbarMode, BitbarProjectType } from '../../../../shared/contract/bitbar-config';

export const PROJECT_TYPES: { value: BitbarProjectType; label: string }[] = [
  { value: 'ANDROID', label: 'Android (your instrumentation tests)' },
  { value: 'UIAUTOMATOR', label: 'Android UIAutomator (API 16 and later)' },
  { value: 'CTS', label: 'Android compatibility suite (CTS)' },
  { value: 'IOS', label: 'iOS' },
];

export const projectTypeWord = (type: BitbarProjectType) =>
  ({ ANDROID: 'Android', UIAUTOMATOR: 'Android UIAutomator', CTS: 'Android CTS', IOS: 'iOS' })[
    type
  ];

export const MODE_WORDS: Record<BitbarMode, string> = {
  FULL_RUN: 'Your test file',
  APP_CRAWLER: "Bitbar's app crawler (no tests needed)",
  CTS: 'Compatibility Test Suite',
  UIAUTOMATOR: 'UIAutomator tests',
  IOS: 'iOS tests',
};

export const FILE_WORDS = {
  application: 'Application',
  test: 'Tests',
  data: 'Data (ZIP, copied to the SD card)',
} as const;
