/** The device models the generated catalog draws from: brand, model, supported OS range. */
export interface DeviceModel {
  brand: string;
  model: string;
  /** Android: API levels; iOS: major versions. */
  minOs: number;
  maxOs: number;
  tablet?: boolean;
  /** Newer, sought-after devices cost credits; old ones are free. */
  tier: 0 | 1 | 2 | 3;
  /** Body colour of the generated device image. */
  color: readonly [number, number, number];
  /** Letters the model codes start with (e.g. SM-G for Samsung). */
  codePrefix: string;
}

const dark = [38, 42, 51] as const;
const silver = [176, 182, 190] as const;
const blue = [40, 78, 140] as const;
const green = [46, 110, 84] as const;
const red = [150, 48, 54] as const;
const gold = [180, 150, 96] as const;

const android = (
  brand: string,
  model: string,
  minOs: number,
  maxOs: number,
  tier: DeviceModel['tier'],
  color: DeviceModel['color'],
  codePrefix: string,
  tablet = false,
): DeviceModel => ({
  brand,
  model,
  minOs,
  maxOs,
  tier,
  color,
  codePrefix,
  ...(tablet ? { tablet } : {}),
});

export const ANDROID_MODELS: DeviceModel[] = [
  android('Samsung', 'Galaxy S8', 24, 28, 0, dark, 'SM-G950'),
  android('Samsung', 'Galaxy S9', 26, 29, 0, blue, 'SM-G960'),
  android('Samsung', 'Galaxy S10', 28, 31, 1, dark, 'SM-G973'),
  android('Samsung', 'Galaxy S20', 29, 33, 1, silver, 'SM-G981'),
  android('Samsung', 'Galaxy S21', 30, 34, 2, dark, 'SM-G991'),
  android('Samsung', 'Galaxy S22', 31, 34, 2, green, 'SM-S901'),
  android('Samsung', 'Galaxy S23 Ultra', 33, 35, 3, dark, 'SM-S918'),
  android('Samsung', 'Galaxy S24', 34, 35, 3, silver, 'SM-S921'),
  android('Samsung', 'Galaxy A12', 29, 31, 0, blue, 'SM-A125'),
  android('Samsung', 'Galaxy A32', 30, 33, 0, dark, 'SM-A325'),
  android('Samsung', 'Galaxy A52', 30, 34, 1, silver, 'SM-A525'),
  android('Samsung', 'Galaxy A54', 33, 35, 1, green, 'SM-A546'),
  android('Samsung', 'Galaxy Note 10', 28, 31, 1, dark, 'SM-N970'),
  android('Samsung', 'Galaxy Z Fold5', 33, 35, 3, dark, 'SM-F946'),
  android('Samsung', 'Galaxy Z Flip4', 32, 34, 2, silver, 'SM-F721'),
  android('Samsung', 'Galaxy Tab S7', 29, 33, 1, silver, 'SM-T870', true),
  android('Samsung', 'Galaxy Tab A8', 30, 34, 1, dark, 'SM-X200', true),
  android('Google', 'Pixel 3', 28, 31, 0, dark, 'G013A'),
  android('Google', 'Pixel 4a', 29, 33, 0, dark, 'G025J'),
  android('Google', 'Pixel 5', 30, 34, 1, green, 'GD1YQ'),
  android('Google', 'Pixel 6', 31, 35, 2, red, 'GB7N6'),
  android('Google', 'Pixel 7', 33, 35, 2, silver, 'GVU6C'),
  android('Google', 'Pixel 7 Pro', 33, 35, 3, dark, 'GP4BC'),
  android('Google', 'Pixel 8', 34, 35, 3, blue, 'GKWS6'),
  android('Google', 'Pixel Tablet', 33, 35, 2, silver, 'GTU8P', true),
  android('Sony', 'Xperia Z C6603', 21, 22, 0, dark, 'C66'),
  android('Sony', 'Xperia XZ2', 26, 29, 0, green, 'H82'),
  android('Sony', 'Xperia 1 III', 30, 33, 2, dark, 'XQ-BC'),
  android('Sony', 'Xperia 5 IV', 31, 34, 2, green, 'XQ-CQ'),
  android('Sony', 'Xperia 10 V', 33, 34, 1, blue, 'XQ-DC'),
  android('Motorola', 'Moto G7', 28, 29, 0, blue, 'XT19'),
  android('Motorola', 'Moto G Power', 29, 31, 0, dark, 'XT20'),
  android('Motorola', 'Edge 30', 31, 33, 1, silver, 'XT22'),
  android('Motorola', 'Razr 40', 33, 34, 2, gold, 'XT23'),
  android('OnePlus', '7T', 29, 31, 0, blue, 'HD19'),
  android('OnePlus', '9 Pro', 30, 33, 2, green, 'LE21'),
  android('OnePlus', '11', 33, 35, 2, dark, 'CPH24'),
  android('OnePlus', 'Nord 2', 30, 33, 1, blue, 'DN21'),
  android('Xiaomi', 'Redmi Note 8', 28, 30, 0, blue, 'M1908'),
  android('Xiaomi', 'Redmi Note 12', 31, 34, 0, dark, '23021'),
  android('Xiaomi', 'Mi 11', 30, 33, 2, silver, 'M2011'),
  android('Xiaomi', '13T', 33, 35, 2, dark, '2306E'),
  android('Huawei', 'P30 Pro', 28, 29, 1, blue, 'VOG-L'),
  android('Huawei', 'Mate 20', 28, 29, 0, dark, 'HMA-L'),
  android('Nokia', '7.2', 28, 30, 0, green, 'TA-119'),
  android('Nokia', 'G50', 30, 31, 0, blue, 'TA-136'),
  android('LG', 'G8 ThinQ', 28, 30, 0, dark, 'LM-G82'),
  android('LG', 'Velvet', 29, 31, 1, silver, 'LM-G90'),
  android('Oppo', 'Find X5', 31, 34, 2, dark, 'CPH23'),
  android('Oppo', 'Reno8', 31, 33, 1, gold, 'CPH24'),
  android('Vivo', 'V23', 31, 33, 1, gold, 'V2130'),
  android('Asus', 'Zenfone 9', 32, 34, 2, dark, 'AI220'),
  android('Realme', 'GT 2', 31, 33, 1, green, 'RMX33'),
];

const apple = (
  model: string,
  minOs: number,
  maxOs: number,
  tier: DeviceModel['tier'],
  tablet = false,
) =>
  android('Apple', model, minOs, maxOs, tier, tablet ? silver : dark, tablet ? 'A2' : 'A1', tablet);

export const IOS_MODELS: DeviceModel[] = [
  apple('iPhone 7', 12, 15, 0),
  apple('iPhone 8', 12, 16, 0),
  apple('iPhone X', 12, 16, 1),
  apple('iPhone XR', 12, 17, 1),
  apple('iPhone 11', 13, 17, 1),
  apple('iPhone 11 Pro', 13, 17, 2),
  apple('iPhone SE (2nd gen)', 13, 17, 0),
  apple('iPhone 12', 14, 17, 2),
  apple('iPhone 12 mini', 14, 17, 1),
  apple('iPhone 13', 15, 18, 2),
  apple('iPhone 13 Pro Max', 15, 18, 3),
  apple('iPhone 14', 16, 18, 2),
  apple('iPhone 14 Pro', 16, 18, 3),
  apple('iPhone 15', 17, 18, 3),
  apple('iPhone 15 Pro Max', 17, 18, 3),
  apple('iPad (9th gen)', 15, 18, 1, true),
  apple('iPad Air (5th gen)', 15, 18, 2, true),
  apple('iPad Pro 11', 14, 18, 3, true),
  apple('iPad mini (6th gen)', 15, 18, 2, true),
];

/** Android API level → release version, as softwareVersion reports it. */
export const ANDROID_RELEASES: Record<number, string> = {
  21: '5.0.2',
  22: '5.1.1',
  23: '6.0.1',
  24: '7.0',
  25: '7.1.2',
  26: '8.0.0',
  27: '8.1.0',
  28: '9',
  29: '10',
  30: '11',
  31: '12',
  32: '12L',
  33: '13',
  34: '14',
  35: '15',
};

/** Minor releases seen per iOS major version. */
export const IOS_MINORS: Record<number, string[]> = {
  12: ['12.4', '12.5.7'],
  13: ['13.5', '13.7'],
  14: ['14.4', '14.8.1'],
  15: ['15.5', '15.7.9', '15.8'],
  16: ['16.3', '16.6.1', '16.7.5'],
  17: ['17.1.2', '17.4', '17.5.1'],
  18: ['18.0', '18.1', '18.2'],
};
