import { session } from 'electron';
import type { ResolveProxy } from './core/http/app-network';

/**
 * The OS's proxy for a URL, as Chromium resolves it (system settings, PAC and WPAD):
 * a PAC-style list such as `PROXY proxy.corp:8080; DIRECT`. Parsing and fallback order
 * live in main/core (app-network.ts), where they are tested with a stand-in.
 */
export const electronResolveProxy: ResolveProxy = (url) => session.defaultSession.resolveProxy(url);
