import type { CoreContext } from '../context';
import type { UploaderMap } from '../transfer/uploader';
import { bitbarApiFor } from './bitbar/connection';
import { bitbarUploader } from './bitbar/upload';
import { installrUploader } from './installr/upload';
import { productScienceUploader } from './productscience/upload';
import { testioUploader } from './testio/upload';

/**
 * Which code sends a build to each service (one `upload.ts` per provider). Bitbar's shares
 * the core's one Bitbar session with its handlers, so an OAuth token is refreshed once.
 */
export function uploadersFor(ctx: CoreContext): UploaderMap {
  return {
    installr: installrUploader,
    testio: testioUploader,
    bitbar: bitbarUploader(bitbarApiFor(ctx)),
    productscience: productScienceUploader,
  };
}
