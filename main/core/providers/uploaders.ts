import type { UploaderMap } from '../transfer/uploader';
import { installrUploader } from './installr/upload';
import { productScienceUploader } from './productscience/upload';
import { testioUploader } from './testio/upload';

/** Which code sends a build to each service (one `upload.ts` per provider). */
export const uploaders: UploaderMap = {
  installr: installrUploader,
  testio: testioUploader,
  productscience: productScienceUploader,
};
