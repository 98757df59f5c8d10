import type { SpecKeyDef } from './types';

const types: readonly [string, string][] = [
  ['bios_vendor', 'BIOS vendor'], ['bios_version', 'BIOS version'],
  ['system_manufacturer', 'system manufacturer'], ['system_product_name', 'system product name'],
  ['system_version', 'system version'], ['system_serial_number', 'system serial number'],
  ['baseboard_manufacturer', 'baseboard manufacturer'], ['baseboard_product_name', 'baseboard product name'],
  ['baseboard_version', 'baseboard version'], ['baseboard_serial_number', 'baseboard serial number'],
  ['baseboard_asset_tag', 'baseboard asset tag'], ['baseboard_location_in_chassis', 'baseboard location in the chassis'],
  ['enclosure_manufacturer', 'enclosure manufacturer'], ['enclosure_serial_number', 'enclosure serial number'],
  ['enclosure_asset_tag', 'enclosure asset tag'], ['battery_manufacturer', 'battery manufacturer'],
  ['battery_device_name', 'battery device name'],
];

/** SMBIOS strings (xl.cfg(5) `smbios`): one `type=value` per item; types ignore case. */
export const smbiosSpecKeys: readonly SpecKeyDef[] = [
  ...types.map(([name, what]): SpecKeyDef => ({ name, example: 'Example Corp', summary: `Sets the SMBIOS ${what} string.` })),
  { name: 'oem', example: 'asset=1234', summary: 'Adds an OEM string (at most 99 of them).' },
];
