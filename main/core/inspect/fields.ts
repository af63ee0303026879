import type { BuildInfo } from '../../../shared/domain/build-info';

/** What a format reader returns; index.ts adds the file's own facts (format, name, size). */
export type PlatformFields = Omit<BuildInfo, 'format' | 'fileName' | 'fileSize'>;
