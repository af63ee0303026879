import { create } from 'zustand';
import type { InstallrAppStatus } from '../../../shared/contract/installr';
import type { DropshipErrorShape } from '../../../shared/errors';
import { dropship } from '../lib/dropship';
import { translate as t } from '../lib/translate';
import { fieldsSlot, track } from './async-state';

interface InstallrStatusState {
  appToken: string;
  checking: boolean;
  status?: InstallrAppStatus;
  error?: DropshipErrorShape;
  setAppToken: (appToken: string) => void;
  check: () => Promise<void>;
}

/** "Which version is out?" by app token: no account needed. */
export const useInstallrStatus = create<InstallrStatusState>((set, get) => ({
  appToken: '',
  checking: false,
  setAppToken: (appToken) => set({ appToken, error: undefined }),
  check: async () => {
    const appToken = get().appToken.trim();
    if (!appToken) {
      set({
        error: {
          code: 'invalid_input',
          retryable: false,
          message: t('messages:status.pasteToken'),
          fields: { appToken: t('messages:status.pasteTokenField') },
        },
      });
      return;
    }
    set({ status: undefined });
    await track(fieldsSlot(set, get, { loading: 'checking', error: 'error', data: 'status' }), () =>
      dropship.installr.appStatus({ appToken }),
    );
  },
}));
