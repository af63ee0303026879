/** Product Science's records, as the emulator keeps them. */
export type BuildType = 'APK' | 'INSTRUMENTED_APK';
export type UploadState = 'UPLOADING' | 'FINISHED' | 'FAILED';

export interface UploadContext {
  id: number;
  projectName: string;
  dateCreated: string;
  /** The build submitted in this context (one build per context). */
  buildId?: number;
}

export interface BuildRecord {
  id: number;
  contextId: number;
  projectName: string;
  buildType: BuildType;
  buildFileName: string;
  name: string | null;
  description: string | null;
  sourceControlId: string | null;
  sourceControlIsoTimestamp: string | null;
  dateCreated: string;
  uploadState: UploadState;
  /** Where the build's bytes go in the bucket. */
  storage: { bucket: string; object: string };
  /** The stored file once the PUT succeeded (size and SHA-256 for tests). */
  file?: { size: number; sha256: string; path: string };
  /** Why the last PUT was refused, when it was. */
  refusal?: { status: number; code: string };
}

export class ProductScienceState {
  readonly projects = new Set<string>();
  readonly contexts = new Map<number, UploadContext>();
  readonly builds = new Map<number, BuildRecord>();
  // Ids in the range of the doc's examples, so sandbox answers look like the real ones.
  #nextContextId = 28;
  #nextBuildId = 70;

  nextContextId(): number {
    return this.#nextContextId++;
  }

  nextBuildId(): number {
    return this.#nextBuildId++;
  }
}

/** The documented `build` object. Optional fields come back as null (Jackson's default). */
export function buildBody(build: BuildRecord) {
  return {
    id: build.id,
    contextId: build.contextId,
    buildType: build.buildType,
    buildFileName: build.buildFileName,
    name: build.name,
    description: build.description,
    sourceControlId: build.sourceControlId,
    sourceControlIsoTimestamp: build.sourceControlIsoTimestamp,
    dateCreated: build.dateCreated,
    uploadState: build.uploadState,
  };
}
