import type { AddCardInput, BoardOptions } from '../../../../shared/contract/board';

/** What the add dialog holds while the person fills it in (ids as the selects give them). */
export interface AddChoice {
  installrMode: 'token' | 'account';
  appToken: string;
  installrAppId: string;
  testioProductId: string;
  bitbarProjectId: string;
  productScienceProject: string;
}

export const emptyChoice: AddChoice = {
  installrMode: 'token',
  appToken: '',
  installrAppId: '',
  testioProductId: '',
  bitbarProjectId: '',
  productScienceProject: '',
};

/** The dialog's choices as the contract's input; main validates and words any problem. */
export function buildAddInput(choice: AddChoice, options: BoardOptions | undefined): AddCardInput {
  const title = (list: keyof BoardOptions, id: string) =>
    options?.[list].items.find((item) => String(item.id) === id)?.title ?? id;
  const installr =
    choice.installrMode === 'account' && choice.installrAppId
      ? { kind: 'account' as const, appId: Number(choice.installrAppId) }
      : choice.appToken.trim()
        ? { kind: 'appToken' as const, appToken: choice.appToken }
        : undefined;
  return {
    ...(installr ? { installr } : {}),
    ...(choice.testioProductId
      ? {
          testio: {
            productId: Number(choice.testioProductId),
            title: title('testio', choice.testioProductId),
          },
        }
      : {}),
    ...(choice.bitbarProjectId
      ? {
          bitbar: {
            projectId: Number(choice.bitbarProjectId),
            title: title('bitbar', choice.bitbarProjectId),
          },
        }
      : {}),
    ...(choice.productScienceProject
      ? { productscience: { project: choice.productScienceProject } }
      : {}),
  };
}
