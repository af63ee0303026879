export function buildCli(outdir?: string): Promise<void>;
export function buildApp(options?: { renderer?: boolean }): Promise<void>;
