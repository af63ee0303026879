import type { UploaderMap } from '../transfer/uploader';
import { installrUploader } from './installr/upload';

/** Which code sends a build to each service (one `upload.ts` per provider). */
export const uploaders: UploaderMap = {
  installr: installrUploader,
};
