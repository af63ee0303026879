import type { ServiceId } from '../../../shared/domain/services';
import type { ServiceCredentials } from './accounts';
import type { SessionStore } from '../providers/bitbar/api';
import { verifyInstallr } from '../providers/installr/client';
import { verifyTestio } from '../providers/testio/products';
import { verifyBitbar } from '../providers/bitbar/me';
import { verifyProductScience } from '../providers/productscience/verify';

/**
 * How to check each service's credentials with a harmless read. Resolves with the label
 * the person sees ("connected as …"); throws the service's error when refused. An OAuth
 * check signs in: `sessions` is where the session it opens (or uses) is kept.
 */
export type Verifier = (
  credentials: ServiceCredentials,
  sessions?: SessionStore,
) => Promise<string>;

export const verifiers: Record<ServiceId, Verifier> = {
  installr: verifyInstallr,
  testio: verifyTestio,
  bitbar: verifyBitbar,
  productscience: verifyProductScience,
};
