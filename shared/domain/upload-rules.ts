import { SERVICE_NAMES, type ServiceId } from './services';

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

/** Why a service cannot take this file, in words for a person; undefined when it can. */
export function refusalFor(
  service: ServiceId,
  fileName: string,
  size: number,
  bitbarKind?: BitbarFileKind,
): string | undefined {
  const rule = UPLOAD_RULES[service];
  const ext = extensionOf(fileName);
  const name = SERVICE_NAMES[service];
  if (service === 'bitbar' && bitbarKind) {
    const allowed = BITBAR_KIND_EXTENSIONS[bitbarKind];
    if (!allowed.includes(ext)) {
      return `Bitbar takes ${allowed.join(' or ')} as a ${bitbarKind} file, not ${ext || 'this file'}.`;
    }
  } else if (!rule.extensions.includes(ext)) {
    return ext === '.aab'
      ? `${name} does not take Android App Bundles (.aab); build a universal .apk instead.`
      : `${name} takes ${rule.accepts} files, not ${ext || 'files without an extension'}.`;
  }
  if (rule.maxBytes !== undefined && size > rule.maxBytes) {
    return `${name} takes files up to 1 GB; this one is ${(size / GIB).toFixed(2)} GB.`;
  }
  if (size === 0) return `The file is empty (0 bytes).`;
  return undefined;
}

/** Why the window refuses the file outright (before inspection), or undefined. */
export function dropRefusal(fileName: string): string | undefined {
  const ext = extensionOf(fileName);
  if (DROPPABLE_EXTENSIONS.includes(ext)) return undefined;
  return `${fileName} is not a build. Drop an .ipa or .apk (or an .aab or .zip where a service takes one).`;
}
