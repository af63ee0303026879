import type { z } from 'zod';
import type { Contract, Namespace } from '../../../shared/contract';
import type { ChannelSpec } from '../../../shared/contract/define';

/** The handler of each channel: parsed input in, a value matching the output schema out. */
export type Handlers = {
  [N in Namespace]: {
    [M in keyof Contract[N]]: Contract[N][M] extends ChannelSpec<infer I, infer O>
      ? (input: z.output<I>) => Promise<z.input<O>>
      : never;
  };
};
