import type { BitbarMode, BitbarProjectType } from '../../../../shared/contract/bitbar-config';
import type { BitbarFileKind } from '../../../../shared/contract/bitbar-projects';
import type { Translate } from '../../lib/translate';

const TYPE_CHOICES: Record<BitbarProjectType, string> = {
  ANDROID: 'bitbarProjects:typeChoice.ANDROID',
  UIAUTOMATOR: 'bitbarProjects:typeChoice.UIAUTOMATOR',
  CTS: 'bitbarProjects:typeChoice.CTS',
  IOS: 'bitbarProjects:typeChoice.IOS',
};

const TYPES: Record<BitbarProjectType, string> = {
  ANDROID: 'bitbarProjects:type.ANDROID',
  UIAUTOMATOR: 'bitbarProjects:type.UIAUTOMATOR',
  CTS: 'bitbarProjects:type.CTS',
  IOS: 'bitbarProjects:type.IOS',
};

const MODES: Record<BitbarMode, string> = {
  FULL_RUN: 'bitbarProjects:mode.FULL_RUN',
  APP_CRAWLER: 'bitbarProjects:mode.APP_CRAWLER',
  CTS: 'bitbarProjects:mode.CTS',
  UIAUTOMATOR: 'bitbarProjects:mode.UIAUTOMATOR',
  IOS: 'bitbarProjects:mode.IOS',
};

const FILES: Record<BitbarFileKind | 'all', string> = {
  application: 'bitbarProjects:file.application',
  test: 'bitbarProjects:file.test',
  data: 'bitbarProjects:file.data',
  all: 'bitbarProjects:file.all',
};

/** The choices when creating a project, with what each one tests. */
export const projectTypes = (t: Translate) =>
  (Object.keys(TYPE_CHOICES) as BitbarProjectType[]).map((value) => ({
    value,
    label: t(TYPE_CHOICES[value]),
  }));

/** A project's type in a few words: "Android UIAutomator". */
export const projectTypeWord = (t: Translate, type: BitbarProjectType) => t(TYPES[type]);

export const modeWords = (t: Translate, mode: BitbarMode) => t(MODES[mode]);

export const FILE_KINDS: readonly BitbarFileKind[] = ['application', 'test', 'data'];

export const fileWords = (t: Translate, kind: BitbarFileKind | 'all') => t(FILES[kind]);
