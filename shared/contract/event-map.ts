import type { z } from 'zod';

/** Events main pushes to the renderer, by name, each with the schema of its payload. */
export type EventMap = Readonly<Record<string, z.ZodType>>;
