import { DropshipError } from '../../../shared/errors';
import type { SandboxEndpoints } from './accounts';
import { t } from '../i18n/translate';

/** Starts the sandbox (in its own process, in the app) and answers with its endpoints. */
export type SandboxStarter = () => Promise<SandboxEndpoints>;

/**
 * The core's view of the built-in sandbox: running already (tests, the CLI's --sandbox),
 * startable on first use (the app), or absent (the CLI without --sandbox). Started at
 * most once; a failed start is retried on the next use.
 */
export class SandboxLink {
  #current: SandboxEndpoints | undefined;
  #starting: Promise<SandboxEndpoints> | undefined;

  constructor(
    running: SandboxEndpoints | undefined,
    private readonly starter: SandboxStarter | undefined,
  ) {
    this.#current = running;
  }

  /** Whether "use the sandbox" means anything here. */
  get available(): boolean {
    return this.#current !== undefined || this.starter !== undefined;
  }

  /** The endpoints if it runs now; never starts it. */
  get current(): SandboxEndpoints | undefined {
    return this.#current;
  }

  /** The endpoints, starting the sandbox if it is not running yet. */
  async ensure(): Promise<SandboxEndpoints | undefined> {
    if (this.#current || !this.starter) return this.#current;
    this.#starting ??= this.starter().then(
      (endpoints) => (this.#current = endpoints),
      (error: unknown) => {
        this.#starting = undefined;
        throw new DropshipError({
          code: 'internal',
          retryable: true,
          message: t('accounts:sandboxFailed', { reason: (error as Error).message }),
          hint: t('accounts:sandboxFailedHint'),
        });
      },
    );
    return this.#starting;
  }
}
