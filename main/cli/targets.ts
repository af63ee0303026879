import type { z } from 'zod';
import type { BitbarProjectChoiceSchema, UploadTargetInput } from '../../shared/contract/uploads';
import { ServiceIdSchema } from '../../shared/error-schemas';
import type { ServiceId } from '../../shared/domain/services';
import { UsageError, type CliOptions } from './args';

const list = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

export function parseServices(to: string | undefined): ServiceId[] {
  const names = list(to);
  if (names.length === 0) throw new UsageError('Say where to send it: --to installr,testio,…');
  return [...new Set(names)].map((name) => {
    const parsed = ServiceIdSchema.safeParse(name.toLowerCase());
    if (!parsed.success) {
      throw new UsageError(
        `Unknown service “${name}”: use installr, testio, bitbar or productscience.`,
      );
    }
    return parsed.data;
  });
}

/** A Bitbar project the person named: an id, or a name the caller resolves. */
export type BitbarProjectRef =
  { id: number } | { name: string } | { create: string; type: 'ANDROID' | 'IOS' };

export function bitbarProjectRef(o: CliOptions): BitbarProjectRef {
  if (o['bitbar-new-project']) {
    const type = (o['bitbar-project-type'] ?? 'ANDROID').toUpperCase();
    if (type !== 'ANDROID' && type !== 'IOS') {
      throw new UsageError('--bitbar-project-type is ANDROID or IOS.');
    }
    return { create: o['bitbar-new-project'], type };
  }
  const ref = o['bitbar-project'];
  if (!ref)
    throw new UsageError('Bitbar needs --bitbar-project ID|NAME or --bitbar-new-project NAME.');
  return /^\d+$/.test(ref) ? { id: Number(ref) } : { name: ref };
}

export type BitbarProjectChoice = z.input<typeof BitbarProjectChoiceSchema>;

/**
 * The project as the person named it, unresolved: Bitbar's delivery looks it up (or
 * creates it) inside its own job, so a failing lookup is retried there and fails Bitbar
 * alone. An id alone leaves the name empty for the delivery to fill in.
 */
export function projectChoice(ref: BitbarProjectRef): BitbarProjectChoice {
  if ('create' in ref) return { kind: 'new', name: ref.create, type: ref.type };
  if ('name' in ref) return { kind: 'named', name: ref.name };
  return { kind: 'existing', id: ref.id, name: '' };
}

/** The per-service targets from the flags. */
export function targetsFrom(
  services: ServiceId[],
  o: CliOptions,
  bitbarProject: BitbarProjectChoice | undefined,
  commit: { commitId: string; isoTimestamp: string } | undefined,
): UploadTargetInput[] {
  return services.map((service): UploadTargetInput => {
    switch (service) {
      case 'installr':
        return {
          service,
          releaseNotes: o['release-notes'] ?? '',
          notify: list(o.notify),
          add: list(o.add),
          notifyPreviousTesters: o['notify-previous'] ?? false,
          addPreviousTesters: o['add-previous'] ?? false,
        };
      case 'testio':
        return { service };
      case 'bitbar': {
        const kind = o['bitbar-kind'] ?? 'application';
        if (kind !== 'application' && kind !== 'test' && kind !== 'data') {
          throw new UsageError('--bitbar-kind is application, test or data.');
        }
        if (!bitbarProject) throw new UsageError('Bitbar needs a project.');
        return { service, project: bitbarProject, fileKind: kind };
      }
      case 'productscience': {
        if (!o['ps-project']) throw new UsageError('Product Science needs --ps-project NAME.');
        const buildType = (o['ps-build-type'] ?? 'APK').toUpperCase();
        if (buildType !== 'APK' && buildType !== 'INSTRUMENTED_APK') {
          throw new UsageError('--ps-build-type is APK or INSTRUMENTED_APK.');
        }
        return {
          service,
          projectName: o['ps-project'],
          buildType,
          name: o['ps-name'] ?? '',
          description: o['ps-description'] ?? '',
          sourceControlId: commit?.commitId ?? o['ps-commit'] ?? '',
          sourceControlIsoTimestamp: commit?.isoTimestamp ?? o['ps-commit-time'] ?? '',
        };
      }
    }
  });
}
