import type { z } from 'zod';

/** A request/response channel: the renderer asks, main answers. */
export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
}

export const channel = <I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
): ChannelSpec<I, O> => ({ input, output });

/** A namespace of channels, e.g. `installr` → `{ listApps, uploadBuild, … }`. */
export type ChannelGroup = Readonly<Record<string, ChannelSpec>>;
export type ContractShape = Readonly<Record<string, ChannelGroup>>;
