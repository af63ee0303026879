import type { InvalidEmail } from '../../../shared/domain/emails';
import {
  DROPPABLE_EXTENSIONS,
  extensionOf,
  refusalOf,
  type BitbarFileKind,
} from '../../../shared/domain/upload-rules';
import { SERVICE_NAMES, type ServiceId } from '../../../shared/errors';
import { formatNumber } from './format';
import { t } from './translate';

/**
 * The shared rules' cases (shared/domain, no language) in the core's language: why a
 * service cannot take a file, why the window takes no file of this kind, which emails
 * are not addresses. English reads exactly as shared's own English words.
 */
export function refusalWords(
  service: ServiceId,
  fileName: string,
  size: number,
  bitbarKind?: BitbarFileKind,
): string | undefined {
  const refusal = refusalOf(service, fileName, size, bitbarKind);
  const name = SERVICE_NAMES[service];
  switch (refusal?.reason) {
    case undefined:
      return undefined;
    case 'bitbar-kind':
      return refusal.ext
        ? t('transfer:refusal.bitbarKind', {
            allowed: refusal.allowed.join(t('transfer:refusal.or')),
            kind: t(`transfer:refusal.kind.${refusal.kind}`),
            ext: refusal.ext,
          })
        : t('transfer:refusal.bitbarKindNoExt', {
            allowed: refusal.allowed.join(t('transfer:refusal.or')),
            kind: t(`transfer:refusal.kind.${refusal.kind}`),
          });
    case 'app-bundle':
      return t('transfer:refusal.appBundle', { service: name });
    case 'extension':
      return refusal.ext
        ? t('transfer:refusal.extension', {
            service: name,
            accepts: refusal.accepts,
            ext: refusal.ext,
          })
        : t('transfer:refusal.noExtension', { service: name, accepts: refusal.accepts });
    case 'too-large':
      return t('transfer:refusal.tooLarge', { service: name, size: formatNumber(refusal.gib, 2) });
    case 'empty':
      return t('transfer:refusal.empty');
  }
}

/** Why the window refuses the file outright (before inspection), or undefined. */
export function dropRefusalWords(fileName: string): string | undefined {
  return DROPPABLE_EXTENSIONS.includes(extensionOf(fileName))
    ? undefined
    : t('transfer:refusal.notABuild', { file: fileName });
}

/** One sentence naming the invalid addresses, for a form field or an error. */
export function invalidEmailsWords(invalid: readonly InvalidEmail[]): string {
  if (invalid.length === 1) {
    const [only] = invalid as [InvalidEmail];
    return t('installr:invite.notAnEmail', {
      value: only.value,
      reason: t(`installr:invite.problem.${only.problem}`),
    });
  }
  return t('installr:invite.notEmails', {
    values: invalid.map((i) => `“${i.value}”`).join(', '),
  });
}
