import { createHash, randomBytes } from 'node:crypto';
import { openAsBlob } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Raw HTTP helpers for driving the storage emulators the way the docs describe, without
 * our clients: fetch + FormData for well-formed requests, node:http for the malformed
 * ones fetch will not send (chunked bodies, lying Content-Length).
 */

export interface TestFile {
  path: string;
  name: string;
  size: number;
  sha256: string;
}

export interface TestFiles {
  make(name: string, size: number): Promise<TestFile>;
  cleanUp(): Promise<void>;
}

export async function testFiles(): Promise<TestFiles> {
  const dir = await mkdtemp(join(tmpdir(), 'dropship-storage-test-'));
  return {
    make: async (name, size) => {
      const bytes = randomBytes(size);
      const path = join(dir, name);
      await writeFile(path, bytes);
      return { path, name, size, sha256: createHash('sha256').update(bytes).digest('hex') };
    },
    cleanUp: () => rm(dir, { recursive: true, force: true }),
  };
}

/** The form S3 expects: the given fields in order, then (unless told otherwise) the file. */
export async function postForm(
  fields: Record<string, string>,
  file: TestFile | undefined,
  options: { fileName?: string; fieldsAfterFile?: Record<string, string> } = {},
): Promise<FormData> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append('file', await openAsBlob(file.path), options.fileName ?? file.name);
  for (const [name, value] of Object.entries(options.fieldsAfterFile ?? {})) {
    form.append(name, value);
  }
  return form;
}

/** A FormData rendered to bytes, for sending it in ways fetch would not. */
export async function encodeForm(form: FormData): Promise<{ body: Buffer; contentType: string }> {
  const response = new Response(form);
  return {
    body: Buffer.from(await response.arrayBuffer()),
    contentType: response.headers.get('content-type') ?? '',
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/**
 * Sends `body` with exactly the given headers. Without a content-length header node
 * uses chunked encoding. `declaredLength` lies about the size: only `body` is sent, and
 * the answer must come before the rest would have.
 */
export function rawRequest(
  url: string,
  options: {
    method: string;
    headers: Record<string, string>;
    body?: Buffer;
    declaredLength?: number;
  },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers = { ...options.headers };
    if (options.declaredLength !== undefined)
      headers['content-length'] = String(options.declaredLength);
    const req = request(url, { method: options.method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      res.on('error', reject);
    });
    // The server may answer and hang up before the whole (claimed) body is sent.
    req.on('error', (error) => reject(error));
    if (options.body) req.write(options.body);
    if (options.declaredLength === undefined) req.end();
  });
}

/** `<Code>` of an S3/GCS XML error body. */
export function xmlCode(text: string): string | undefined {
  return /<Code>([^<]*)<\/Code>/.exec(text)?.[1];
}

export function xmlValue(text: string, tag: string): string | undefined {
  return new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(text)?.[1];
}
