import { z } from 'zod';

/** How a status should feel at a glance; every plain-words mapping and the UI's Badge use it. */
export const ToneSchema = z.enum(['neutral', 'info', 'good', 'warning', 'bad']);
export type Tone = z.infer<typeof ToneSchema>;
