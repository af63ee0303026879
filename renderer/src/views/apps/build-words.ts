import type { InstallrBuild } from '../../../../shared/contract/installr';
import type { Translate } from '../../lib/translate';

/** "1.4.0 (45)": version, then the build number when Installr knows it. */
export function buildLabel(build: Pick<InstallrBuild, 'version' | 'buildNumber'>): string {
  return build.buildNumber && build.buildNumber !== build.version
    ? `${build.version} (${build.buildNumber})`
    : build.version;
}

/** Platform names are names, the same in every language. */
export function platformName(platform: 'ios' | 'android'): string {
  return platform === 'ios' ? 'iOS' : 'Android';
}

export function installsLabel(t: Translate, count: number): string {
  if (count === 0) return t('apps:installs.none');
  return t('apps:installs.count', { count });
}
