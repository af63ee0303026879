import type { CatalogDevice, OsType } from './catalog';
import type { ReceivedFile } from '../framework/receive';

export type ProjectType = 'ANDROID' | 'CTS' | 'IOS' | 'UIAUTOMATOR';
export type FileKind = 'application' | 'test' | 'data';

export interface User {
  id: number;
  email: string;
  name: string;
  password?: string;
  apiKey?: string;
}

export interface DeviceGroup {
  id: number;
  name: string;
  displayName: string;
  userId: number;
  osType: OsType;
  deviceIds: number[];
  isPublic: boolean;
}

export interface Project {
  id: number;
  ownerId: number;
  name: string;
  description: string;
  type: ProjectType;
  common: boolean;
  sharedById: number | null;
  createTime: number;
}

export interface ProjectConfig {
  id: number;
  projectId: number;
  scheduler: 'PARALLEL' | 'SERIAL';
  mode: 'FULL_RUN' | 'APP_CRAWLER' | 'CTS' | 'UIAUTOMATOR' | 'IOS';
  autoScreenshots: boolean;
  screenshotDir: string;
  limitationType: 'PACKAGE' | 'CLASS' | null;
  limitationValue: string;
  withAnnotation: string | null;
  withoutAnnotation: string | null;
  applicationUsername: string;
  applicationPassword: string;
  usedDeviceGroupId: number;
  deviceLanguageCode: string;
  hookURL: string;
  uiAutomatorTestClasses: string | null;
  launchApp: boolean;
  instrumentationRunner: string;
  checkApp: boolean;
}

export interface ConfigParameter {
  id: number;
  key: string;
  value: string;
}

export interface StoredFile {
  id: number;
  kind: FileKind;
  originalName: string;
  size: number;
  sha256: string;
  path: string;
  uploadTime: number;
  received?: ReceivedFile;
}

export interface Share {
  id: number;
  projectId: number;
  userId: number;
  userEmail: string;
}

export interface Tag {
  id: number;
  name: string;
}

export type DeviceOutcome = 'SUCCEEDED' | 'FAILED' | 'WARNING' | 'EXCLUDED';

export interface DeviceRunPlan {
  id: number;
  runId: number;
  device: CatalogDevice;
  createTime: number;
  /** When this device leaves the queue (SERIAL runs stagger them). */
  startAt: number;
  stepMs: number;
  outcome: DeviceOutcome;
  testCount: number;
  passed: number;
  seed: number;
}

export interface TestRun {
  id: number;
  projectId: number;
  number: number;
  createTime: number;
  displayName: string;
  startedBy: User;
  config: ProjectConfig;
  parameters: ConfigParameter[];
  files: Partial<Record<FileKind, StoredFile>>;
  deviceRuns: DeviceRunPlan[];
  tags: Tag[];
  screenshotZip: { requestedAt: number; readyAt: number } | null;
}

export interface Notification {
  id: number;
  userId: number;
  email: string;
  projectId: number | null;
  type: 'ALWAYS' | 'ON_FAILURE';
}

/** Ids look like Bitbar's (large, distinct per kind) so a mix-up shows in tests. */
const ID_STARTS = {
  project: 31945180,
  run: 31945200,
  deviceRun: 31949800,
  tag: 32058400,
  notification: 31981800,
  config: 31420,
  parameter: 0,
  file: 27100,
  group: 4140,
  share: 170,
};
type IdKind = keyof typeof ID_STARTS;

/** Everything the emulator remembers, in memory, for one run of the sandbox. */
export class BitbarState {
  readonly users = new Map<number, User>();
  readonly devices = new Map<number, CatalogDevice>();
  readonly groups = new Map<number, DeviceGroup>();
  readonly projects = new Map<number, Project>();
  readonly configs = new Map<number, ProjectConfig>();
  readonly parameters = new Map<number, ConfigParameter[]>();
  readonly files = new Map<number, Partial<Record<FileKind, StoredFile>>>();
  readonly shares = new Map<number, Share[]>();
  readonly runs = new Map<number, TestRun>();
  readonly notifications = new Map<number, Notification>();
  readonly #sequences = new Map<IdKind, number>();

  nextId(kind: IdKind): number {
    const id = (this.#sequences.get(kind) ?? ID_STARTS[kind]) + 1;
    this.#sequences.set(kind, id);
    return id;
  }

  catalog(): CatalogDevice[] {
    return [...this.devices.values()];
  }

  userByEmail(email: string): User | undefined {
    const needle = email.toLowerCase();
    return [...this.users.values()].find((user) => user.email.toLowerCase() === needle);
  }

  /** Projects the user owns or that were shared with them. */
  visibleProjects(user: User): Project[] {
    return [...this.projects.values()].filter(
      (project) =>
        project.ownerId === user.id ||
        project.common ||
        (this.shares.get(project.id) ?? []).some((share) => share.userId === user.id),
    );
  }

  groupPrice(group: DeviceGroup): number {
    return group.deviceIds.reduce((sum, id) => sum + (this.devices.get(id)?.creditsPrice ?? 0), 0);
  }
}
