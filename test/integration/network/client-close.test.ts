import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { HttpClient } from '../../../main/core/http/client';

let url: string;
const held: IncomingMessage[] = [];
// A service that takes the request and never answers.
const silent = createServer((req) => void held.push(req));

beforeAll(async () => {
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()));
  url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/apps.json`;
});
afterAll(async () => {
  silent.closeAllConnections();
  await new Promise((resolve) => silent.close(resolve));
});

it('closing does not wait for ever on a service that never answers: the request is cut', async () => {
  const http = new HttpClient();
  const pending = http.send({ service: 'installr', method: 'GET', url, headers: {} });
  const outcome = pending.then(
    () => 'answered',
    () => 'cut',
  );
  await expect.poll(() => held.length).toBe(1);
  await http.close();
  expect(await outcome).toBe('cut');
}, 15_000);
