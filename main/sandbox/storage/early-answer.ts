import type { HttpContext } from '../framework/http-context';

/**
 * Past this declared size a refused body is cut off instead of drained. Below it the
 * body is read and discarded, so any client reliably sees the answer; cutting off a
 * body the client is still writing often surfaces as EPIPE instead of the status.
 */
export const DRAIN_LIMIT_BYTES = 32 * 1024 * 1024;

/**
 * Headers for an answer sent before the request body has been read: `connection: close`
 * when the body is too large to be worth reading, as real services close on a refused
 * multi-gigabyte upload. Call `discardBody` right after answering.
 */
export function earlyAnswerHeaders(ctx: HttpContext): Record<string, string> {
  const declared = Number(ctx.header('content-length') ?? 0);
  return declared > DRAIN_LIMIT_BYTES ? { connection: 'close' } : {};
}

export function discardBody(ctx: HttpContext): void {
  ctx.req.resume();
}
