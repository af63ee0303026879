import type { UploaderMap } from '../transfer/uploader';
import type { BitbarApi } from './bitbar/api';
import { bitbarUploader } from './bitbar/upload';
import { installrUploader } from './installr/upload';
import { productScienceUploader } from './productscience/upload';
import { testioUploader } from './testio/upload';

/**
 * Which code sends a build to each service (one `upload.ts` per provider). Bitbar's shares
 * the core's one Bitbar session with its handlers, so an OAuth token is refreshed once.
 */
export function uploadersFor(bitbar: BitbarApi): UploaderMap {
  return {
    installr: installrUploader,
    testio: testioUploader,
    bitbar: bitbarUploader(bitbar),
    productscience: productScienceUploader,
  };
}
