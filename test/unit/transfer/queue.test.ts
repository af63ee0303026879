import { describe, expect, it } from 'vitest';
import { TransferQueue } from '../../../main/core/transfer/queue';

describe('transfer queue', () => {
  it('runs at most `limit` at once, first come first served, reading the limit live', async () => {
    let limit = 2;
    const queue = new TransferQueue(() => limit);
    const order: number[] = [];
    const releases: (() => void)[] = [];
    const grants = [1, 2, 3, 4].map((n) =>
      queue.acquire().then((release) => {
        order.push(n);
        releases.push(release);
      }),
    );
    await new Promise((r) => setTimeout(r, 0));
    expect(order).toEqual([1, 2]);
    expect(queue.waiting).toBe(2);
    limit = 3;
    releases[0]!();
    await new Promise((r) => setTimeout(r, 0));
    expect(order).toEqual([1, 2, 3, 4]);
    releases[0]!(); // releasing twice frees one slot only
    expect(queue.running).toBe(3);
    await Promise.all(grants);
  });

  it('lets a waiting job leave the line when cancelled', async () => {
    const queue = new TransferQueue(() => 1);
    const first = await queue.acquire();
    const abort = new AbortController();
    const waiting = queue.acquire(abort.signal);
    abort.abort();
    await expect(waiting).rejects.toMatchObject({ code: 'cancelled' });
    expect(queue.waiting).toBe(0);
    first();
    expect(queue.running).toBe(0);
  });
});
