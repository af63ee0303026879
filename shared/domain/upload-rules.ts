import type { ServiceId } from './services';

/**
 * What each service accepts, from its api-docs page. The renderer uses this to grey out a
 * service before anything is sent; main enforces it again before the first byte.
 */
export interface ServiceFileRule {
  extensions: readonly string[];
  /** Largest file the service takes, in bytes (undefined: the docs give no limit). */
  maxBytes?: number;
  /** Shown when the extension is refused. */
  accepts: string;
}

export const GIB = 1024 * 1024 * 1024;

export const BITBAR_FILE_KINDS = ['application', 'test', 'data'] as const;
export type BitbarFileKind = (typeof BITBAR_FILE_KINDS)[number];

export const UPLOAD_RULES: Record<ServiceId, ServiceFileRule> = {
  // installr-api.txt: "Uploads an IPA or APK".
  installr: { extensions: ['.ipa', '.apk'], accepts: '.ipa and .apk' },
  // testio-binary-apps.txt: the extension list and "up to 1 gigabyte".
  testio: {
    extensions: ['.ipa', '.apk', '.xap', '.appx', '.zip', '.wgt'],
    maxBytes: GIB,
    accepts: '.ipa, .apk, .xap, .appx, .zip and .wgt',
  },
  // Bitbar runs Android and iOS apps; test and data files are checked per kind below.
  bitbar: { extensions: ['.apk', '.ipa', '.zip'], accepts: '.apk, .ipa and .zip' },
  // productscience-build-upload.txt: build types APK and INSTRUMENTED_APK only.
  productscience: { extensions: ['.apk'], accepts: '.apk' },
};

/** Bitbar's three project file slots: a data file "should be ZIP package". */
export const BITBAR_KIND_EXTENSIONS: Record<BitbarFileKind, readonly string[]> = {
  application: ['.apk', '.ipa'],
  test: ['.apk', '.ipa', '.zip'],
  data: ['.zip'],
};

/** What the window takes at all: anything at least one service accepts. */
export const DROPPABLE_EXTENSIONS = ['.ipa', '.apk', '.aab', '.zip', '.xap', '.appx', '.wgt'];

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot).toLowerCase();
}

/**
 * Why a service cannot take this file, as a case and its facts in no language (the
 * renderer and main word it in the person's language); undefined when it can.
 */
export type Refusal =
  | { reason: 'bitbar-kind'; allowed: readonly string[]; kind: BitbarFileKind; ext: string }
  | { reason: 'app-bundle' }
  | { reason: 'extension'; accepts: string; ext: string }
  | { reason: 'too-large'; gib: number }
  | { reason: 'empty' };

export function refusalOf(
  service: ServiceId,
  fileName: string,
  size: number,
  bitbarKind?: BitbarFileKind,
): Refusal | undefined {
  const rule = UPLOAD_RULES[service];
  const ext = extensionOf(fileName);
  if (service === 'bitbar' && bitbarKind) {
    const allowed = BITBAR_KIND_EXTENSIONS[bitbarKind];
    if (!allowed.includes(ext)) return { reason: 'bitbar-kind', allowed, kind: bitbarKind, ext };
  } else if (!rule.extensions.includes(ext)) {
    return ext === '.aab'
      ? { reason: 'app-bundle' }
      : { reason: 'extension', accepts: rule.accepts, ext };
  }
  if (rule.maxBytes !== undefined && size > rule.maxBytes) {
    return { reason: 'too-large', gib: size / GIB };
  }
  if (size === 0) return { reason: 'empty' };
  return undefined;
}

/** Whether the window takes the file at all (before inspection): a build's kind of file. */
export const isDroppable = (fileName: string): boolean =>
  DROPPABLE_EXTENSIONS.includes(extensionOf(fileName));
