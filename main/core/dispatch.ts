import type { z } from 'zod';
import { contract, type Envelope } from '../../shared/contract';
import type { ChannelSpec } from '../../shared/contract/define';
import { DropshipError, type DropshipErrorShape } from '../../shared/errors';
import type { Handlers } from './handlers';
import { redact } from './redact';
import { t } from './i18n/translate';

type AnyHandler = (input: unknown) => Promise<unknown>;

/**
 * Runs one call from any transport (Electron IPC, the test harness): parse the input
 * against the contract, run the handler, check the output, and turn every failure into
 * the shared error shape. Nothing unparsed reaches a handler; no stack reaches the UI.
 */
export async function dispatch(
  handlers: Handlers,
  channelId: string,
  rawInput: unknown,
): Promise<Envelope<unknown>> {
  const [namespace = '', method = ''] = channelId.split('.');
  const spec = lookup(contract, namespace, method) as ChannelSpec | undefined;
  const handler = lookup(handlers, namespace, method) as AnyHandler | undefined;
  if (!spec || !handler) {
    return fail({
      code: 'internal',
      retryable: false,
      message: t('common:unknownRequest', { channel: channelId }),
    });
  }
  const input = spec.input.safeParse(rawInput);
  if (!input.success) return fail(invalidInput(input.error));
  try {
    const output = spec.output.safeParse(await handler(input.data));
    if (output.success) return { ok: true, value: output.data };
    console.error(
      `[dropship] ${channelId} produced an invalid result`,
      redact(output.error.message),
    );
    return fail({ code: 'internal', retryable: false, message: t('common:internal') });
  } catch (error) {
    return fail(toErrorShape(error, channelId));
  }
}

export function toErrorShape(error: unknown, where: string): DropshipErrorShape {
  if (error instanceof DropshipError) return error.toShape();
  console.error(`[dropship] ${where} failed`, redact(String((error as Error)?.stack ?? error)));
  return { code: 'internal', retryable: false, message: t('common:internal') };
}

function invalidInput(error: z.ZodError): DropshipErrorShape {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || 'input';
    fields[key] ??= issue.message;
  }
  const first = Object.entries(fields)[0];
  return {
    code: 'invalid_input',
    retryable: false,
    message: first
      ? first[0] === 'input'
        ? first[1]
        : `${first[0]}: ${first[1]}`
      : t('common:invalidInput'),
    fields,
  };
}

function fail(error: DropshipErrorShape): Envelope<never> {
  return { ok: false, error };
}

/** Own properties only, so `toString` or `__proto__` never resolve to a channel. */
function lookup(table: object, namespace: string, method: string): unknown {
  const group: unknown = Object.hasOwn(table, namespace)
    ? Reflect.get(table, namespace)
    : undefined;
  if (!group || typeof group !== 'object' || !Object.hasOwn(group, method)) return undefined;
  return Reflect.get(group, method);
}
