import type { BitbarProject } from '../../../shared/contract/bitbar-projects';
import type { FileFacts, UploadTarget, UploadTargetInput } from '../../../shared/contract/uploads';
import { extensionOf, type BitbarFileKind } from '../../../shared/domain/upload-rules';
import { SERVICE_IDS, type ServiceId } from '../../../shared/domain/services';
import { translate as t } from '../lib/translate';

/** Which of the service's accounts receives the build (its id); absent: the shown one. */
interface AccountChoice {
  account?: string;
}

/** What the person edits per service; turned into upload targets when they press Send. */
export interface UploadForms {
  installr: AccountChoice & {
    releaseNotes: string;
    /** Team names, comma-separated as Installr takes them. */
    notify: string;
    add: string;
    notifyPreviousTesters: boolean;
    addPreviousTesters: boolean;
  };
  testio: AccountChoice;
  bitbar: AccountChoice & {
    /** An existing project's id, or 'new'. */
    project: number | 'new' | undefined;
    projectName: string;
    newName: string;
    newType: 'ANDROID' | 'IOS';
    fileKind: BitbarFileKind;
  };
  productscience: AccountChoice & {
    projectName: string;
    buildType: 'APK' | 'INSTRUMENTED_APK';
    name: string;
    description: string;
    sourceControlId: string;
    sourceControlIsoTimestamp: string;
  };
}

export function emptyForms(): UploadForms {
  return {
    installr: {
      releaseNotes: '',
      notify: '',
      add: '',
      notifyPreviousTesters: false,
      addPreviousTesters: false,
    },
    testio: {},
    bitbar: {
      project: undefined,
      projectName: '',
      newName: '',
      newType: 'ANDROID',
      fileKind: 'application',
    },
    productscience: {
      projectName: '',
      buildType: 'APK',
      name: '',
      description: '',
      sourceControlId: '',
      sourceControlIsoTimestamp: '',
    },
  };
}

/** Forms prefilled from the dropped build, then from what was chosen last time for this app. */
export function prefill(file: FileFacts, remembered: UploadTarget[]): UploadForms {
  const forms = emptyForms();
  const build = file.build;
  forms.productscience.name = build?.version ?? '';
  forms.bitbar.fileKind = extensionOf(file.fileName) === '.zip' ? 'data' : 'application';
  forms.bitbar.newType = build?.platform === 'ios' ? 'IOS' : 'ANDROID';
  forms.bitbar.newName = build?.name ?? '';
  for (const target of remembered) {
    if (target.account) forms[target.service].account = target.account;
    switch (target.service) {
      case 'installr':
        forms.installr = {
          ...forms.installr,
          notify: target.notify.join(', '),
          add: target.add.join(', '),
          notifyPreviousTesters: target.notifyPreviousTesters,
          addPreviousTesters: target.addPreviousTesters,
        };
        break;
      case 'bitbar':
        if (target.project.kind === 'existing') {
          forms.bitbar.project = target.project.id;
          forms.bitbar.projectName = target.project.name;
        }
        forms.bitbar.fileKind = target.fileKind;
        break;
      case 'productscience':
        forms.productscience = {
          ...forms.productscience,
          projectName: target.projectName,
          buildType: target.buildType,
          description: target.description,
        };
        break;
      case 'testio':
        break;
    }
  }
  return forms;
}

const teams = (text: string) =>
  text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);

/** Problems the person can fix before anything is sent, keyed `<service>.<field>`. */
export function formProblems(forms: UploadForms, selected: ServiceId[]): Record<string, string> {
  const problems: Record<string, string> = {};
  if (selected.includes('bitbar')) {
    const { project, newName } = forms.bitbar;
    if (project === undefined) problems['bitbar.project'] = t('messages:upload.chooseProject');
    if (project === 'new' && !newName.trim())
      problems['bitbar.newName'] = t('messages:upload.nameProject');
  }
  if (selected.includes('productscience')) {
    const ps = forms.productscience;
    if (!ps.projectName.trim())
      problems['productscience.projectName'] = t('messages:upload.enterProject');
    if (ps.sourceControlIsoTimestamp && Number.isNaN(Date.parse(ps.sourceControlIsoTimestamp))) {
      problems['productscience.sourceControlIsoTimestamp'] = t('messages:upload.timeFormat');
    }
  }
  return problems;
}

export function toTargets(forms: UploadForms, selected: ServiceId[]): UploadTargetInput[] {
  return SERVICE_IDS.filter((service) => selected.includes(service)).map((service) => {
    const account = forms[service].account;
    return { ...targetOf(forms, service), ...(account ? { account } : {}) };
  });
}

function targetOf(forms: UploadForms, service: ServiceId): UploadTargetInput {
  switch (service) {
    case 'installr': {
      const f = forms.installr;
      return {
        service,
        releaseNotes: f.releaseNotes,
        notify: f.notifyPreviousTesters ? [] : teams(f.notify),
        add: f.addPreviousTesters ? [] : teams(f.add),
        notifyPreviousTesters: f.notifyPreviousTesters,
        addPreviousTesters: f.addPreviousTesters,
      };
    }
    case 'testio':
      return { service };
    case 'bitbar': {
      const f = forms.bitbar;
      return {
        service,
        fileKind: f.fileKind,
        project:
          f.project === 'new' || f.project === undefined
            ? { kind: 'new', name: f.newName.trim(), type: f.newType }
            : { kind: 'existing', id: f.project, name: f.projectName },
      };
    }
    case 'productscience': {
      const { projectName, buildType, name, description } = forms.productscience;
      const { sourceControlId, sourceControlIsoTimestamp } = forms.productscience;
      return {
        service,
        ...{ projectName, buildType, name, description },
        ...{ sourceControlId, sourceControlIsoTimestamp },
      };
    }
  }
}

/**
 * The Bitbar projects that can run this build: iOS projects for an .ipa, Android ones
 * (including CTS and UIAutomator) for an .apk. Unknown platform (a data zip): all.
 */
export function projectsForPlatform(
  projects: readonly BitbarProject[],
  platform: 'ios' | 'android' | undefined,
): BitbarProject[] {
  if (!platform) return [...projects];
  return projects.filter((project) => (project.type === 'IOS') === (platform === 'ios'));
}
