// The inspection worker's entry: reads one build per message and answers with its
// BuildInfo or the error's plain shape (class instances do not cross threads).
import { parentPort } from 'node:worker_threads';
import type { BuildInfo } from '../../../shared/domain/build-info';
import { DropshipError, type DropshipErrorShape } from '../../../shared/errors';
import { readBuild } from './read-build';
import { useLanguage } from '../i18n/translate';

export interface InspectRequest {
  path: string;
  /** The language of the core that asks: its errors reach people as written here. */
  language: string;
}

export type InspectAnswer = { build: BuildInfo } | { error: DropshipErrorShape };

const port = parentPort;
port?.on('message', (request: InspectRequest) => {
  void answer(request).then((reply) => port.postMessage(reply));
});

async function answer({ path, language }: InspectRequest): Promise<InspectAnswer> {
  useLanguage(language);
  try {
    return { build: await readBuild(path) };
  } catch (err) {
    // readBuild turns every failure into a DropshipError; this is the last line of defence.
    const error =
      err instanceof DropshipError
        ? err
        : new DropshipError({ code: 'internal', message: String(err), retryable: false });
    return { error: error.toShape() };
  }
}
