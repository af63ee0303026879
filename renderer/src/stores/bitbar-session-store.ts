import { create } from 'zustand';
import { DropshipError } from '../../../shared/errors';
import { dropship } from '../lib/dropship';
import { translate as t } from '../lib/translate';
import { errorText } from '../ui/error-words';
import { track } from './async-state';

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

interface BitbarSessionState {
  /** The sign-in prompt is open (the Bitbar session ended). */
  prompt: { email: string | null } | null;
  busy: boolean;
  error?: string | undefined;
  /** Opens the prompt; resolves once signed in, rejects if the person cancels. */
  requestSignIn: (email: string | null) => Promise<void>;
  signIn: (password: string) => Promise<void>;
  cancel: () => void;
}

let waiters: Waiter[] = [];

/**
 * The Bitbar OAuth sign-in prompt. It opens over whatever the person is doing; calls that
 * failed because the session ended wait for it and run again, so nothing typed is lost.
 */
export const useBitbarSession = create<BitbarSessionState>((set, get) => ({
  prompt: null,
  busy: false,
  requestSignIn: (email) => {
    if (!get().prompt) set({ prompt: { email }, error: undefined });
    return new Promise<void>((resolve, reject) => waiters.push({ resolve, reject }));
  },
  signIn: async (password) => {
    const signedIn = await track(
      {
        read: () => ({ loading: get().busy }),
        // The prompt shows one line: the password field's problem, else the message.
        write: ({ loading, error }) =>
          set({
            busy: loading,
            error: error ? (error.fields?.password ?? errorText(error)) : undefined,
          }),
      },
      () => dropship.bitbar.signIn({ password }),
    );
    if (!signedIn.ok) return;
    set({ prompt: null });
    const waiting = waiters;
    waiters = [];
    waiting.forEach((w) => w.resolve());
  },
  cancel: () => {
    set({ prompt: null, error: undefined });
    const waiting = waiters;
    waiters = [];
    const cancelled = new DropshipError({
      code: 'unauthorized',
      service: 'bitbar',
      retryable: false,
      message: t('bitbarSession:notSignedIn'),
      hint: t('bitbarSession:signInHint'),
    });
    waiting.forEach((w) => w.reject(cancelled));
  },
}));

/** Main's `bitbar.signInRequired` event: the session ended (e.g. during polling). */
export function signInRequired(email: string | null): void {
  void useBitbarSession
    .getState()
    .requestSignIn(email)
    .catch(() => undefined);
}

/**
 * Runs a Bitbar call; if it failed because the OAuth session ended, asks the person to
 * sign in and runs it once more.
 */
export async function withBitbarSession<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (
      !(error instanceof DropshipError) ||
      error.code !== 'unauthorized' ||
      error.service !== 'bitbar'
    ) {
      throw error;
    }
    const session = await dropship.bitbar.session().catch(() => null);
    if (!session?.needsSignIn) throw error;
    await useBitbarSession.getState().requestSignIn(session.email);
    return run();
  }
}
