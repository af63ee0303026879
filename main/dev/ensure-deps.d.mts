import type { BrowserChoice } from './browser-choice.mjs';

export class MissingTool extends Error {}
export function ensureNodeModules(): void;
export function canApt(): boolean;
export function ensureBrowser(options: { purpose: string; download: boolean }): BrowserChoice;
export function ensureChromium(): BrowserChoice;
export function ensureAapt(): string | undefined;
