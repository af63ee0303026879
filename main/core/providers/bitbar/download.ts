import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Dispatcher } from 'undici';
import { DropshipError } from '../../../../shared/errors';
import { httpOf } from '../../http/client';
import { networkError } from '../../http/errors';
import type { DesktopPlatform } from '../../platform';
import type { BitbarApi } from './api';
import { bitbarError, type CallPurpose } from './errors';
import { t } from '../../i18n/translate';

export interface DownloadRequest extends CallPurpose {
  path: string;
  query?: Record<string, unknown>;
  /** Used when Bitbar's Content-Disposition names no file. */
  fallbackName: string;
}

export interface DownloadTarget {
  /** A folder the person typed (`~` allowed); without one the platform asks where to save. */
  folder?: string | undefined;
  platform: DesktopPlatform;
}

/**
 * Streams a Bitbar resource to disk (never whole in memory): into `folder` under a name
 * that does not overwrite anything, or where the person chooses. Written to a `.part`
 * file first, so a broken transfer never leaves a file that looks complete.
 */
export async function download(
  api: BitbarApi,
  call: DownloadRequest,
  target: DownloadTarget,
): Promise<{ path: string; bytes: number }> {
  const credentials = await api.credentials();
  const response = await api.authorized(
    credentials,
    call.path,
    call.query,
    async ({ url, headers }) => {
      const answer = await httpOf(credentials).open({
        service: 'bitbar',
        method: 'GET',
        url,
        headers,
      });
      if (answer.statusCode === 401) await answer.body.dump();
      return { status: answer.statusCode, answer };
    },
  );
  const { answer } = response;
  if (response.status < 200 || response.status >= 300) {
    const text = await answer.body.text();
    throw bitbarError(
      { status: response.status, headers: answer.headers, body: parseJson(text) },
      call,
      credentials.auth,
    );
  }
  const name = fileName(answer.headers['content-disposition'], call.fallbackName);
  let destination: string | undefined;
  try {
    destination = await chooseDestination(name, target);
  } finally {
    if (!destination) await answer.body.dump();
  }
  if (!destination) {
    throw new DropshipError({
      code: 'cancelled',
      service: 'bitbar',
      retryable: false,
      message: t('bitbar:download.cancelled'),
    });
  }
  const partial = `${destination}.part`;
  let bytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  try {
    await pipeline(answer.body, meter, createWriteStream(partial, { flags: 'wx' }));
    await rename(partial, destination);
  } catch (error) {
    await rm(partial, { force: true });
    throw networkError('bitbar', credentials.baseUrl, error);
  }
  return { path: destination, bytes };
}

async function chooseDestination(
  name: string,
  target: DownloadTarget,
): Promise<string | undefined> {
  if (!target.folder) {
    const chosen = await target.platform.chooseSavePath({
      title: t('bitbar:download.saveTitle'),
      defaultName: name,
    });
    if (chosen) await mkdir(dirname(chosen), { recursive: true });
    return chosen;
  }
  const folder = target.folder.replace(/^~(?=$|[/\\])/, homedir());
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new DropshipError({
      code: 'invalid_input',
      retryable: false,
      message: t('bitbar:download.noFolder', { folder: target.folder }),
      hint: t('bitbar:download.noFolderHint'),
      fields: { folder: t('bitbar:download.folderMissing') },
    });
  }
  return freeName(folder, name);
}

/** `report.pdf`, then `report (1).pdf`, … : a download never replaces a file. */
async function freeName(folder: string, name: string): Promise<string> {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 0; n < 1000; n++) {
    const candidate = join(folder, n === 0 ? name : `${stem} (${n})${ext}`);
    const taken = await stat(candidate).then(
      () => true,
      () => false,
    );
    if (!taken) return candidate;
  }
  return join(folder, `${stem}-${Date.now()}${ext}`);
}

/** The file name from Content-Disposition, reduced to a safe base name. */
export function fileName(
  disposition: Dispatcher.ResponseData['headers'][string],
  fallback: string,
): string {
  const header = Array.isArray(disposition) ? disposition[0] : disposition;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header ?? '')?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(header ?? '')?.[1];
  let name: string;
  try {
    name = star ? decodeURIComponent(star) : (plain ?? fallback);
  } catch {
    name = plain ?? fallback;
  }
  const safe = [...basename(name.replace(/\\/g, '/'))]
    .map((c) => (c.charCodeAt(0) < 32 || '<>:"|?*'.includes(c) ? '_' : c))
    .join('')
    .trim();
  return safe && safe !== '.' && safe !== '..' ? safe : fallback;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
