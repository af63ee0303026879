import { z } from 'zod';
import { channel } from './define';

/**
 * Bitbar OAuth sessions. When a refresh token stops working main emits
 * `bitbar.signInRequired`; the renderer asks for the password over whatever the person
 * was doing, then retries it. Tokens never leave main.
 */
export const BitbarSessionSchema = z.object({
  auth: z.enum(['token', 'apiKey', 'oauth']).nullable(),
  email: z.string().nullable(),
  /** OAuth only: the session ended and a password is needed to continue. */
  needsSignIn: z.boolean(),
});

export const bitbarSessionChannels = {
  session: channel(z.void(), BitbarSessionSchema),
  signIn: channel(
    z.object({ password: z.string().min(1, 'Enter your Bitbar password') }),
    BitbarSessionSchema,
  ),
};

export const bitbarEvents = {
  'bitbar.signInRequired': z.object({ email: z.string().nullable() }),
};
