import type { EnumValue } from '../../types';
import type { SpecKeyDef } from './types';

/** PCM sample formats (libxl IDL names; compared without regard to case). */
export const vsndFormats: readonly EnumValue[] = [
  ...['s8', 'u8', 's16_le', 's16_be', 'u16_le', 'u16_be', 's24_le', 's24_be', 'u24_le', 'u24_be', 's32_le', 's32_be', 'u32_le', 'u32_be']
    .map((value) => ({ value, doc: `${value.startsWith('s') ? 'Signed' : 'Unsigned'} ${value.slice(1).replace(/_(le|be)$/, '')}-bit integer samples${value.endsWith('_be') ? ', big-endian' : value.endsWith('_le') ? ', little-endian' : ''}.` })),
  { value: 'f32_le', doc: '32-bit float, little-endian (the manual calls it float_le, which xl refuses).' },
  { value: 'f32_be', doc: '32-bit float, big-endian (the manual calls it float_be, which xl refuses).' },
  { value: 'f64_le', doc: '64-bit float, little-endian (the manual calls it float64_le, which xl refuses).' },
  { value: 'f64_be', doc: '64-bit float, big-endian (the manual calls it float64_be, which xl refuses).' },
  { value: 'iec958_subframe_le', doc: 'IEC958 subframes, little-endian.' },
  { value: 'iec958_subframe_be', doc: 'IEC958 subframes, big-endian.' },
  { value: 'mu_law', doc: 'mu-law companded samples.' },
  { value: 'a_law', doc: 'A-law companded samples.' },
  { value: 'ima_adpcm', doc: 'IMA ADPCM.' },
  { value: 'mpeg', doc: 'MPEG audio.' },
  { value: 'gsm', doc: 'GSM audio.' },
];

/** The manual's float names and the names xl knows. */
export const vsndFormatAliases: Readonly<Record<string, string>> = {
  float_le: 'f32_le', float_be: 'f32_be', float64_le: 'f64_le', float64_be: 'f64_be',
};

/** Parameters every CARD, PCM and STREAM string may carry. */
export const vsndCommonKeys: readonly SpecKeyDef[] = [
  { name: 'sample-rates', example: '8000;44100;48000', summary: 'Supported sample rates in Hz, separated by `;`.' },
  { name: 'sample-formats', example: 's16_le;u8', summary: 'Supported sample formats, separated by `;` (float formats are f32_le, f64_le, …).', values: vsndFormats },
  { name: 'channels-min', example: '1', summary: 'Fewest channels.' },
  { name: 'channels-max', example: '2', summary: 'Most channels.' },
  { name: 'buffer-size', example: '65536', summary: 'Largest buffer, in bytes.' },
];

export const vsndItemKeys: Readonly<Record<'card' | 'pcm' | 'stream', readonly SpecKeyDef[]>> = {
  card: [
    { name: 'backend', example: 'Domain-0', default: 'Domain-0', summary: 'CARD: domain that serves the sound card.' },
    { name: 'short-name', example: 'vcard', summary: 'CARD: short name of the card.' },
    { name: 'long-name', example: 'Virtual sound card', summary: 'CARD: long name of the card.' },
  ],
  pcm: [{ name: 'name', example: 'main', summary: 'PCM: name of the PCM device.' }],
  stream: [
    { name: 'unique-id', required: true, example: '0', summary: 'STREAM: identifier of the stream (the manual\'s example writes id=, which xl refuses).' },
    { name: 'type', example: 'p', summary: 'STREAM: direction of the stream.', values: [{ value: 'p', doc: 'Playback.' }, { value: 'c', doc: 'Capture.' }] },
  ],
};

/** VSND: each card is a list of strings, each starting with CARD, PCM or STREAM. */
export const vsndSpecKeys: readonly SpecKeyDef[] = [
  { name: 'CARD', form: 'flag', summary: 'Starts the card\'s own parameters (the first string of a card).' },
  { name: 'PCM', form: 'flag', summary: 'Starts a new PCM device of the card.' },
  { name: 'STREAM', form: 'flag', summary: 'Starts a new stream of the most recent PCM device.' },
  ...vsndCommonKeys,
  ...vsndItemKeys.card,
  ...vsndItemKeys.pcm,
  ...vsndItemKeys.stream,
];
