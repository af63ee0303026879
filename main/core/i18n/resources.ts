import enHistory from './locales/en/history.json' with { type: 'json' };
import deHistory from './locales/de/history.json' with { type: 'json' };
import enGit from './locales/en/git.json' with { type: 'json' };
import deGit from './locales/de/git.json' with { type: 'json' };
import enFiles from './locales/en/files.json' with { type: 'json' };
import deFiles from './locales/de/files.json' with { type: 'json' };
import enDiff from './locales/en/diff.json' with { type: 'json' };
import deDiff from './locales/de/diff.json' with { type: 'json' };
import enWatch from './locales/en/watch.json' with { type: 'json' };
import deWatch from './locales/de/watch.json' with { type: 'json' };
import enInspect from './locales/en/inspect.json' with { type: 'json' };
import deInspect from './locales/de/inspect.json' with { type: 'json' };
import enBoard from './locales/en/board.json' with { type: 'json' };
import deBoard from './locales/de/board.json' with { type: 'json' };
import enShell from './locales/en/shell.json' with { type: 'json' };
import deShell from './locales/de/shell.json' with { type: 'json' };
import enTestio from './locales/en/testio.json' with { type: 'json' };
import deTestio from './locales/de/testio.json' with { type: 'json' };
import enProductScience from './locales/en/productscience.json' with { type: 'json' };
import deProductScience from './locales/de/productscience.json' with { type: 'json' };
import deAccounts from './locales/de/accounts.json' with { type: 'json' };
import deBitbar from './locales/de/bitbar.json' with { type: 'json' };
import deCommon from './locales/de/common.json' with { type: 'json' };
import deHttp from './locales/de/http.json' with { type: 'json' };
import deInstallr from './locales/de/installr.json' with { type: 'json' };
import deNetwork from './locales/de/network.json' with { type: 'json' };
import deTransfer from './locales/de/transfer.json' with { type: 'json' };
import enAccounts from './locales/en/accounts.json' with { type: 'json' };
import enBitbar from './locales/en/bitbar.json' with { type: 'json' };
import enCommon from './locales/en/common.json' with { type: 'json' };
import enHttp from './locales/en/http.json' with { type: 'json' };
import enInstallr from './locales/en/installr.json' with { type: 'json' };
import enNetwork from './locales/en/network.json' with { type: 'json' };
import enTransfer from './locales/en/transfer.json' with { type: 'json' };

/**
 * Every namespace in both languages. English holds the sentences the app has always said;
 * German mirrors its keys exactly (a test checks the two sets match and none is empty).
 */
export const RESOURCES = {
  en: {
    history: enHistory,
    git: enGit,
    files: enFiles,
    diff: enDiff,
    watch: enWatch,
    inspect: enInspect,
    board: enBoard,
    shell: enShell,
    testio: enTestio,
    productscience: enProductScience,
    common: enCommon,
    accounts: enAccounts,
    bitbar: enBitbar,
    http: enHttp,
    installr: enInstallr,
    network: enNetwork,
    transfer: enTransfer,
  },
  de: {
    history: deHistory,
    git: deGit,
    files: deFiles,
    diff: deDiff,
    watch: deWatch,
    inspect: deInspect,
    board: deBoard,
    shell: deShell,
    testio: deTestio,
    productscience: deProductScience,
    common: deCommon,
    accounts: deAccounts,
    bitbar: deBitbar,
    http: deHttp,
    installr: deInstallr,
    network: deNetwork,
    transfer: deTransfer,
  },
} as const;

export type Language = keyof typeof RESOURCES;
export type Namespace = keyof (typeof RESOURCES)['en'];
export const NAMESPACES = Object.keys(RESOURCES.en) as Namespace[];

type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';
type Unplural<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K;

/** "a.b.c" for every leaf of a resource tree, plural forms folded into their base key. */
type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string ? Unplural<K> : `${K}.${Leaves<T[K]>}`;
}[keyof T & string];

/** A sentence's key: `namespace:path.to.it`. */
export type MessageKey = {
  [N in Namespace]: `${N}:${Leaves<(typeof RESOURCES)['en'][N]>}`;
}[Namespace];
