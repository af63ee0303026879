export function buildCli(outdir?: string): Promise<void>;
export const external: string[];
export const entries: {
  main: string;
  inspectWorker: string;
  sandbox: string;
  preload: string;
};
export function buildApp(options?: { renderer?: boolean }): Promise<void>;
