import { SERVICE_NAMES, type ServiceId } from '../../../../shared/domain/services';
import { refusalOf, type Refusal } from '../../../../shared/domain/upload-rules';
import { i18n } from '../../i18n';
import { formatList, formatNumber } from '../../ui/format';

const KINDS: Record<Extract<Refusal, { reason: 'bitbar-kind' }>['kind'], string> = {
  application: 'upload:refusal.kind.application',
  test: 'upload:refusal.kind.test',
  data: 'upload:refusal.kind.data',
};

/**
 * Why a service will not take the dropped file, in the person's language; undefined when
 * it will (the same rules main applies: shared/domain/upload-rules.ts).
 */
export function refusalWords(service: ServiceId, fileName: string, size: number) {
  const refusal = refusalOf(service, fileName, size);
  const name = SERVICE_NAMES[service];
  switch (refusal?.reason) {
    case undefined:
      return undefined;
    case 'bitbar-kind':
      return i18n.t('upload:refusal.bitbarKind', {
        allowed: formatList(refusal.allowed, 'disjunction'),
        kind: i18n.t(KINDS[refusal.kind]),
        ext: refusal.ext || i18n.t('upload:refusal.thisFile'),
      });
    case 'app-bundle':
      return i18n.t('upload:refusal.appBundle', { service: name });
    case 'extension':
      return i18n.t('upload:refusal.extension', {
        service: name,
        accepts: refusal.accepts,
        ext: refusal.ext || i18n.t('upload:refusal.noExtension'),
      });
    case 'too-large':
      return i18n.t('upload:refusal.tooLarge', {
        service: name,
        size: formatNumber(refusal.gib, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      });
    case 'empty':
      return i18n.t('upload:refusal.empty');
  }
}
