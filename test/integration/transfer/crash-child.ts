/**
 * The app's core in a process of its own, for the SIGKILL test: it starts one drop to the
 * services named in argv against a sandbox the TEST process runs, reports each job event
 * on stdout as a JSON line, and waits to be killed.
 *
 *   node --import tsx crash-child.ts DATA_DIR FILE ENDPOINTS_JSON TARGETS_JSON
 */
import { MemoryVault } from '../../../main/core/accounts/vault';
import { createCore } from '../../../main/core/create-core';
import { MemorySettingsStore } from '../../../main/core/settings-store';
import type { UploadJob, UploadTargetInput } from '../../../shared/contract/uploads';
import { crashSettings } from './crash-settings';

const [dataDir, file, endpoints, targets] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
];

const core = createCore({
  settings: new MemorySettingsStore(crashSettings),
  vault: new MemoryVault(),
  sandbox: JSON.parse(endpoints) as Parameters<typeof createCore>[0]['sandbox'],
  dataDir,
});
core.ctx.events.subscribe((name, payload) => {
  if (name !== 'uploads.job') return;
  const job = payload as UploadJob;
  process.stdout.write(
    `${JSON.stringify({ id: job.id, service: job.service, state: job.state })}\n`,
  );
});
const started = await core.dispatch('uploads.start', {
  path: file,
  targets: JSON.parse(targets) as UploadTargetInput[],
});
if (!started.ok) {
  process.stderr.write(`${started.error.message}\n`);
  process.exit(3);
}
// Keep running until killed.
setInterval(() => undefined, 60_000);
