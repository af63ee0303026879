import type { Readable } from 'node:stream';
import type { Dispatcher } from 'undici';
import { DropshipError } from '../../../shared/errors';
import { type ServiceId } from '../../../shared/domain/services';
import { directHttp, type HttpClient } from '../http/client';
import type { HttpResponse } from '../http/request';
import { openFileSource, type FileSource } from './file-source';
import { ProgressMeter, type Clock, type ProgressSample } from './progress';
import { SocketMeter } from './socket-meter';
import { storageError } from './wire/storage-errors';
import { prepareWire, type WireFile, type WireRequest } from './wire/wire-request';
import { t } from '../i18n/translate';

export interface WireSendOptions {
  service: ServiceId;
  file: WireFile;
  signal: AbortSignal;
  onProgress(sample: ProgressSample): void;
  /** Every body byte was accepted by the socket: now we wait for the answer. */
  onBodySent(): void;
  /** No byte moved for `stallMs`: the caller aborts the attempt. */
  onStall(): void;
  stallMs?: number;
  chunkBytes?: number;
  /** False when the file's SHA-256 comes from elsewhere (file-digests.ts) or, in the
   * benchmark, to measure the engine alone. */
  hash?: boolean;
  clock?: Clock;
  /** Routes the request (proxy, trusted CAs); default direct. */
  http?: HttpClient;
}

export interface WireResult {
  response: HttpResponse;
  /** SHA-256 of the bytes read into the body, when all of them were. */
  sha256: string | undefined;
}

/**
 * Sends one request whose body is the file, in any wire shape: exact Content-Length, the
 * file streamed from disk (never buffered whole), progress counted at the socket, SHA-256
 * observed on the same stream. Storage errors become TransferErrors here; an API's own
 * answer (any status) goes back to its provider, which knows its error bodies.
 */
export async function sendWire(
  request: WireRequest,
  options: WireSendOptions,
): Promise<WireResult> {
  const prepared = prepareWire(request, options.file);
  const total = prepared.contentLength;
  const headers = { ...prepared.headers, 'content-length': String(total) };
  const http = options.http ?? directHttp;
  const socket = new SocketMeter(
    { method: prepared.method, url: prepared.url, headers, contentLength: total },
    total,
  );
  const source = await openFileSource(options.file.path, options.file.fileName, options.file.size, {
    ...(options.chunkBytes ? { chunkBytes: options.chunkBytes } : {}),
    computeSha: options.hash ?? true,
    writesDone: () => socket.writesDone(),
  }).catch(async (error: unknown) => {
    await socket.close();
    throw error;
  });
  let bodySent = false;
  const report = (sample: ProgressSample) => {
    options.onProgress(sample);
    if (!bodySent && sample.bytesSent >= total) {
      bodySent = true;
      options.onBodySent();
    }
  };
  const meter = new ProgressMeter({
    totalBytes: total,
    read: () => socket.acceptedBodyBytes(),
    onProgress: report,
    onStall: options.onStall,
    ...(options.stallMs ? { stallMs: options.stallMs } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  meter.start();
  try {
    const call = {
      service: options.service,
      method: prepared.method as Dispatcher.HttpMethod,
      url: prepared.url,
      headers,
      // undici streams an async iterable body with backpressure (its types only list Readable).
      body: prepared.body(source) as Readable,
      signal: options.signal,
      headersTimeoutMs: 15 * 60_000,
    };
    const response = await http
      .viaRoutes(call, (route) => socket.dispatcher(route, http.network.trust))
      .catch((error: unknown) => {
        // Record how far the body got before the failure: if every byte was out, the
        // service may hold the upload, and the retry must check before sending again.
        meter.tick();
        report(meter.sample());
        throw error;
      });
    meter.tick();
    report(meter.sample());
    if (prepared.storage && (response.status < 200 || response.status >= 300)) {
      throw storageError(options.service, response);
    }
    return { response, sha256: shaOrFail(source, response, options.service) };
  } finally {
    meter.stop();
    source.close();
    await socket.close();
  }
}

/** A 2xx for a body we did not finish reading would mean the length was wrong: a bug. */
function shaOrFail(source: FileSource, response: HttpResponse, service: ServiceId) {
  const sha256 = source.sha256();
  if (source.bytesRead() === source.size || response.status >= 300) return sha256;
  throw new DropshipError({
    code: 'internal',
    service,
    retryable: false,
    message: t('transfer:answeredEarly'),
  });
}
