import type { ServiceId } from '../../../shared/domain/services';

/** Where each service lives when the person connects a real account. */
export const DEFAULT_BASE_URLS: Record<ServiceId, string> = {
  installr: 'https://www.installrapp.com',
  testio: 'https://api.test.io/customer/v2',
  bitbar: 'https://cloud.bitbar.com/api',
  productscience: 'https://api.productscience.app',
};
