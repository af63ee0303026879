import type { InstallrBuild } from '../../../../shared/contract/installr';

/** "1.4.0 (45)": version, then the build number when Installr knows it. */
export function buildLabel(build: Pick<InstallrBuild, 'version' | 'buildNumber'>): string {
  return build.buildNumber && build.buildNumber !== build.version
    ? `${build.version} (${build.buildNumber})`
    : build.version;
}

export function platformName(platform: 'ios' | 'android'): string {
  return platform === 'ios' ? 'iOS' : 'Android';
}

export function installsLabel(count: number): string {
  if (count === 0) return 'Not installed yet';
  return `${count} install${count === 1 ? '' : 's'}`;
}
