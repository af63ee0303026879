import type { TargetFor, UploadResult } from '../../../shared/contract/uploads';
import type { ServiceId } from '../../../shared/domain/services';
import type { Settings } from '../../../shared/settings';
import type { ServiceCredentials } from '../accounts/accounts';
import type { HttpResponse } from '../http/request';
import type { JobMemory } from './job-memory';
import type { BuildFacts } from './job-store';
import type { WireFile, WireRequest } from './wire/wire-request';

/** What a provider returns; the engine adds the service and the SHA-256 of the bytes sent. */
export type DeliveredBuild = Omit<UploadResult, 'service' | 'sha256'>;

/** Everything one attempt of one upload may use. Built by the transfer, per attempt. */
export interface UploadRun<S extends ServiceId = ServiceId> {
  readonly jobId: string;
  readonly file: WireFile;
  readonly build: BuildFacts | undefined;
  readonly target: TargetFor<S>;
  readonly credentials: ServiceCredentials;
  readonly settings: Settings;
  readonly signal: AbortSignal;
  readonly attempt: number;
  /** When the job was created (ISO): what the service created after it may be ours. */
  readonly createdAt: string;
  /** The last attempt was refused by storage: ask the service for a new signed URL. */
  readonly freshUrl: boolean;
  /** What earlier attempts saved (survives a restart), e.g. Test IO's binary_app_id. */
  readonly saved: Readonly<Record<string, unknown>>;
  save(patch: Record<string, unknown>): void;
  /** What the job keeps between attempts in memory only (signed URLs); ends with the job. */
  readonly memory: JobMemory;
  phase(state: 'preparing' | 'uploading' | 'finalizing'): void;
  /** Streams the file in one of the three wire shapes, with progress and SHA-256. */
  send(request: WireRequest): Promise<HttpResponse>;
  warn(message: string): void;
}

export interface ServiceUploader<S extends ServiceId = ServiceId> {
  readonly service: S;
  /** Why this file or these options cannot go to the service; checked before any byte. */
  refuse(
    file: { fileName: string; size: number },
    target: TargetFor<S>,
    settings: Settings,
  ): string | undefined;
  upload(run: UploadRun<S>): Promise<DeliveredBuild>;
  /**
   * After an attempt that may have reached the service (its last byte was sent, or the app
   * restarted mid-upload): ask the service whether it has the build, so a retry never
   * creates a second one.
   */
  findDelivered?(run: UploadRun<S>): Promise<DeliveredBuild | undefined>;
  /** Shown when a retry could duplicate the build and the API offers no way to check. */
  readonly duplicateRisk?: string;
}

/** One uploader per service, each typed with its own options. */
export type UploaderMap = { [S in ServiceId]?: ServiceUploader<S> };
