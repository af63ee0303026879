import { create } from 'zustand';
import type { AccountSummary } from '../../../shared/contract/accounts';
import { type DropshipErrorShape } from '../../../shared/errors';
import { SERVICE_NAMES, type ServiceId } from '../../../shared/domain/services';
import { dropship } from '../lib/dropship';
import { translate as t } from '../lib/translate';
import { fieldsSlot, track, type Slot } from './async-state';

export interface ConnectForm {
  /** The person's name for the account (a new one); absent: "Default" or the next free one. */
  name?: string;
  /** Replace this account's credentials ("Change account") instead of adding one. */
  account?: string;
  baseUrl: string;
  secret: string;
  username?: string;
  auth?: 'token' | 'apiKey' | 'oauth';
}

interface AccountsState {
  accounts: AccountSummary[];
  loading: boolean;
  loadError?: DropshipErrorShape;
  /** Per service: the last action's outcome, shown on its card. */
  busy: Partial<Record<ServiceId, boolean>>;
  results: Partial<
    Record<ServiceId, { ok: boolean; message: string; fields?: Record<string, string> }>
  >;
  load: () => Promise<void>;
  connect: (service: ServiceId, form: ConnectForm) => Promise<boolean>;
  test: (service: ServiceId, account?: string) => Promise<boolean>;
  disconnect: (service: ServiceId, account?: string) => Promise<boolean>;
  rename: (service: ServiceId, account: string, name: string) => Promise<boolean>;
  /** Which account the service's views show (remembered by main). */
  select: (service: ServiceId, account: string) => Promise<boolean>;
  /** Drops the card's last outcome (a new problem in the form replaces it). */
  clearResult: (service: ServiceId) => void;
  switchToSandbox: (service: ServiceId) => Promise<boolean>;
}

/**
 * The person is in Settings already: the service's usual "check the token in Settings"
 * would send them where they are.
 */
function hintInSettings(shape: DropshipErrorShape): string | undefined {
  return shape.code === 'unauthorized'
    ? t('messages:accounts.checkToken')
    : shape.hint?.replace(/ in Settings( → [^,.]+)?/g, '');
}

export const useAccounts = create<AccountsState>((set, get) => {
  const replace = (summary: AccountSummary) =>
    set({ accounts: get().accounts.map((a) => (a.service === summary.service ? summary : a)) });

  /**
   * One action's slot for a service: busy while it runs, then a sentence for the card —
   * the action's own on success, the error (with a hint that fits Settings) on failure.
   */
  const cardSlot = (
    service: ServiceId,
    hintFor: (shape: DropshipErrorShape) => string | undefined,
  ): Slot<string> => ({
    read: () => ({ loading: get().busy[service] ?? false }),
    write: ({ loading, error, data }) => {
      const result = error
        ? {
            ok: false,
            message: [error.message, hintFor(error)].filter(Boolean).join(' '),
            ...(error.fields ? { fields: error.fields } : {}),
          }
        : data !== undefined
          ? { ok: true, message: data }
          : undefined;
      set({
        busy: { ...get().busy, [service]: loading },
        results: { ...get().results, [service]: result },
      });
    },
  });

  /** Runs one action for a service through `track`, its sentence shown on the card. */
  const act = async (
    service: ServiceId,
    run: () => Promise<string>,
    hintFor: (shape: DropshipErrorShape) => string | undefined = (shape) => shape.hint,
  ): Promise<boolean> => (await track(cardSlot(service, hintFor), run)).ok;

  return {
    accounts: [],
    loading: false,
    busy: {},
    results: {},
    load: async () => {
      const slot = fieldsSlot(set, get, {
        loading: 'loading',
        error: 'loadError',
        data: 'accounts',
      });
      await track(slot, () => dropship.accounts.list());
    },
    connect: (service, form) =>
      act(
        service,
        async () => {
          const summary = await dropship.accounts.connect({
            service,
            auth: form.auth ?? 'token',
            ...form,
          });
          replace(summary);
          return t('messages:accounts.checked', { service: SERVICE_NAMES[service] });
        },
        hintInSettings,
      ),
    test: (service, account) =>
      act(
        service,
        async () => {
          const { detail } = await dropship.accounts.test({ service, account });
          return t('messages:accounts.works', { detail });
        },
        hintInSettings,
      ),
    disconnect: (service, account) =>
      act(service, async () => {
        replace(await dropship.accounts.disconnect({ service, account }));
        return t('messages:accounts.disconnected');
      }),
    rename: (service, account, name) =>
      act(service, async () => {
        const summary = await dropship.accounts.rename({ service, account, name });
        replace(summary);
        return t('messages:accounts.renamed', { name: name.trim() });
      }),
    select: (service, account) =>
      act(service, async () => {
        const summary = await dropship.accounts.select({ service, account });
        replace(summary);
        return t('messages:accounts.selected', {
          service: SERVICE_NAMES[service],
          name: summary.account?.name ?? '',
        });
      }),
    clearResult: (service) => set({ results: { ...get().results, [service]: undefined } }),
    switchToSandbox: (service) =>
      act(service, async () => {
        replace(await dropship.accounts.useSandbox({ service }));
        return t('messages:accounts.sandbox');
      }),
  };
});

/** Main's `accounts.changed` event: a connection changed outside Settings (sign-in, expiry). */
export function accountsChanged(accounts: AccountSummary[]): void {
  useAccounts.setState({ accounts });
}

/** Loads the accounts once, for the views that show one of them before Settings was opened. */
export function ensureAccounts(): void {
  const { accounts, loading, load } = useAccounts.getState();
  if (accounts.length === 0 && !loading) void load();
}
