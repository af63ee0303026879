import { z } from 'zod';
import { UploadTargetSchema, type UploadTarget } from '../../../shared/contract/uploads';
import { updateSettings, type SettingsStore } from '../settings-store';

/**
 * The options a person chose for an app, remembered per app id (bundle or package id) in
 * settings, to prefill the next drop of that app. What belongs to one build only (release
 * notes, the Product Science build name and commit) is not remembered.
 */
export function rememberTargets(settings: SettingsStore, appId: string, targets: UploadTarget[]) {
  const kept = targets.map((target): UploadTarget => {
    switch (target.service) {
      case 'installr':
        return { ...target, releaseNotes: '' };
      case 'productscience':
        return { ...target, name: '', sourceControlId: '', sourceControlIsoTimestamp: '' };
      default:
        return target;
    }
  });
  updateSettings(settings, (draft) => {
    draft.rememberedTargets[appId] = { targets: kept };
  });
}

export function rememberedTargets(settings: SettingsStore, appId: string): UploadTarget[] {
  const current = settings.read();
  const entry = z
    .object({ targets: z.array(z.unknown()) })
    .safeParse(current.rememberedTargets[appId]);
  if (!entry.success) return [];
  return entry.data.targets.flatMap((raw) => {
    const parsed = UploadTargetSchema.safeParse(raw);
    if (!parsed.success) return [];
    // An account removed since: the shown one takes its place rather than a failed send.
    const { account, ...target } = parsed.data;
    const known = current.accounts[target.service].some(
      (a) => a.id === account || a.name.toLowerCase() === account?.toLowerCase(),
    );
    return [account && known ? parsed.data : (target as UploadTarget)];
  });
}
