import enHistory from './locales/en/history.json';
import deHistory from './locales/de/history.json';
import enGit from './locales/en/git.json';
import deGit from './locales/de/git.json';
import enFiles from './locales/en/files.json';
import deFiles from './locales/de/files.json';
import enDiff from './locales/en/diff.json';
import deDiff from './locales/de/diff.json';
import enWatch from './locales/en/watch.json';
import deWatch from './locales/de/watch.json';
import enInspect from './locales/en/inspect.json';
import deInspect from './locales/de/inspect.json';
import enBoard from './locales/en/board.json';
import deBoard from './locales/de/board.json';
import enShell from './locales/en/shell.json';
import deShell from './locales/de/shell.json';
import enTestio from './locales/en/testio.json';
import deTestio from './locales/de/testio.json';
import enProductScience from './locales/en/productscience.json';
import deProductScience from './locales/de/productscience.json';
import deAccounts from './locales/de/accounts.json';
import deBitbar from './locales/de/bitbar.json';
import deCommon from './locales/de/common.json';
import deHttp from './locales/de/http.json';
import deInstallr from './locales/de/installr.json';
import deNetwork from './locales/de/network.json';
import deTransfer from './locales/de/transfer.json';
import enAccounts from './locales/en/accounts.json';
import enBitbar from './locales/en/bitbar.json';
import enCommon from './locales/en/common.json';
import enHttp from './locales/en/http.json';
import enInstallr from './locales/en/installr.json';
import enNetwork from './locales/en/network.json';
import enTransfer from './locales/en/transfer.json';

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
