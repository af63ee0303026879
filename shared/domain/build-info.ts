import { z } from 'zod';

/**
 * What Dropship read from a mobile build without unpacking it: enough to show a person
 * which app and version they dropped, and for the providers' metadata fields.
 * Human-readable fields (`name`, `minOs`, `deviceFamilies`) sit beside the raw values
 * they came from (`minOsVersion`, `minSdk`, `deviceFamilyIds`) so nothing is lost.
 */
export const BuildPlatformSchema = z.enum(['android', 'ios']);

/** `app-zip` is a zipped `X.app` folder (simulator builds), without the `Payload/` of an .ipa. */
export const BuildFormatSchema = z.enum(['apk', 'aab', 'ipa', 'app-zip']);
export type BuildFormat = z.infer<typeof BuildFormatSchema>;

export const BuildInfoSchema = z.object({
  platform: BuildPlatformSchema,
  format: BuildFormatSchema,
  fileName: z.string(),
  fileSize: z.number().int().nonnegative(),
  /** Android package name or iOS bundle identifier. */
  id: z.string().min(1),
  /** The label under the icon: resolved `android:label`, or CFBundleDisplayName / CFBundleName. */
  name: z.string(),
  /** versionName, or CFBundleShortVersionString. */
  version: z.string(),
  /** versionCode (as a string, it may exceed 2^31 with versionCodeMajor), or CFBundleVersion. */
  build: z.string(),
  /** For a person: "Android 5.0 (API 21)", "iOS 8.0". */
  minOs: z.string(),
  /** Raw minimum: minSdkVersion ("21", or a preview codename) or MinimumOSVersion ("8.0"). */
  minOsVersion: z.string(),
  /** Android: minSdkVersion as a number (1 when the manifest does not say). */
  minSdk: z.number().int().optional(),
  /** Android: targetSdkVersion; null when absent, which Android reads as equal to minSdk. */
  targetSdk: z.number().int().nullable().optional(),
  /** Android: "Android 8.1 (API 27)", derived from targetSdk (or minSdk when absent). */
  targetOs: z.string().optional(),
  /** The app icon as a standard PNG a browser can show (Apple's CgBI PNGs are converted). */
  iconDataUrl: z.string().startsWith('data:image/png;base64,').optional(),
  /** The archive entry the icon was read from, e.g. `res/mipmap-xxxhdpi-v4/ic_launcher.png`. */
  iconPath: z.string().optional(),
  /** Android: native ABIs found under lib/<abi>/, sorted; empty when the app has no native code. */
  abis: z.array(z.string()).optional(),
  /** AAB: feature modules (top-level folders with a manifest), `base` first. */
  modules: z.array(z.string()).optional(),
  /**
   * What the app asks the person to allow: Android `uses-permission` names; iOS
   * `…UsageDescription` keys of Info.plist. Sorted; empty when it asks for nothing.
   */
  permissions: z.array(z.string()).optional(),
  /** iOS: entitlement keys, when the build carries a readable copy of them (sorted). */
  entitlements: z.array(z.string()).optional(),
  /** iOS: "iPhone", "iPad", … from UIDeviceFamily. */
  deviceFamilies: z.array(z.string()).optional(),
  /** iOS: the raw UIDeviceFamily numbers. */
  deviceFamilyIds: z.array(z.number().int()).optional(),
  /** iOS: DTPlatformName, e.g. `iphoneos` or `iphonesimulator`. */
  platformName: z.string().optional(),
  /** iOS: true for a simulator build, which cannot be installed on a device. */
  simulatorBuild: z.boolean().optional(),
});
export type BuildInfo = z.infer<typeof BuildInfoSchema>;
