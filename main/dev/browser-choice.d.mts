export type BrowserChoice =
  | { kind: 'path'; path: string; label: string }
  | { kind: 'channel'; channel: 'chrome' | 'msedge'; label: string }
  | { kind: 'bundled'; label: string };

export interface BrowserFacts {
  env?: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
  exists?: (path: string) => boolean;
}

export function findBrowser(facts?: BrowserFacts): BrowserChoice;

export function launchOptionsFor(
  choice: BrowserChoice,
): { executablePath: string } | { channel: 'chrome' | 'msedge' } | Record<string, never>;
