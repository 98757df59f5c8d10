import type { XlKeyDef } from '../../schema/xl/key-def';

function trim(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/\.?0+$/, '');
}

/** The value in a friendlier unit: `2048 MiB = 2 GiB`; undefined when nothing useful to add. */
export function convertedSize(def: XlKeyDef, amount: bigint): string | undefined {
  const n = Number(amount);
  switch (def.unit) {
    case 'MiB': return n >= 1024 ? `${n} MiB = ${trim(n / 1024)} GiB` : `${n} MiB = ${trim(n * 1024)} KiB`;
    case 'KiB': return n >= 1024 * 1024 ? `${n} KiB = ${trim(n / 1024 / 1024)} GiB` : `${n} KiB = ${trim(n / 1024)} MiB`;
    case 'pages': return `${n} pages of 4 KiB = ${trim((n * 4) / 1024)} MiB`;
    case 'seconds': {
      const sign = n < 0 ? '-' : '';
      const abs = Math.abs(n);
      if (abs < 60) return undefined;
      const hours = Math.floor(abs / 3600);
      const minutes = Math.floor((abs % 3600) / 60);
      const seconds = abs % 60;
      return `${n} s = ${sign}${hours ? `${hours} h ` : ''}${minutes ? `${minutes} min ` : ''}${seconds ? `${seconds} s` : ''}`.trim();
    }
    case 'milliseconds': return n >= 1000 ? `${n} ms = ${trim(n / 1000)} s` : undefined;
    case 'microseconds': return n >= 1000 ? `${n} µs = ${trim(n / 1000)} ms` : undefined;
    default: return undefined;
  }
}
