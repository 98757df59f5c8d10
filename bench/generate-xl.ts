/** Builds large but realistic xl configs for the benchmarks, and the same data as JSON. */

export interface GeneratedConfig {
  readonly text: string;
  readonly json: string;
}

/**
 * One domain's worth of settings, then long disk and vif lists until the text
 * reaches `targetBytes`. Every item is distinct, so no cache can short-cut it.
 */
export function generateXlConfig(targetBytes: number): GeneratedConfig {
  const head = [
    '# generated for the benchmark: a storage-heavy guest',
    'name = "bench-guest"',
    'type = "hvm"',
    'memory = 8192',
    'maxmem = 8192',
    'vcpus = 4',
    'maxvcpus = 8',
    'on_crash = "restart"',
    'viridian = [ "defaults" ]',
  ];
  const data: Record<string, unknown> = {
    name: 'bench-guest', type: 'hvm', memory: 8192, maxmem: 8192, vcpus: 4, maxvcpus: 8, on_crash: 'restart', viridian: ['defaults'],
  };
  const disks: string[] = [];
  const vifs: string[] = [];
  const lines = [...head, 'disk = ['];
  let size = lines.join('\n').length;
  let index = 0;
  while (size < targetBytes * 0.8) {
    const disk = `format=raw, vdev=xvd${letters(index)}, access=rw, target=/dev/vg_bench/volume-${index}`;
    disks.push(disk);
    const line = `    '${disk}',  # volume ${index}`;
    lines.push(line);
    size += line.length + 1;
    index++;
  }
  lines.push(']', 'vif = [');
  let nic = 0;
  while (size < targetBytes) {
    const mac = `00:16:3e:${hex(nic >> 16)}:${hex(nic >> 8)}:${hex(nic)}`;
    const vif = `mac=${mac}, bridge=xenbr${nic % 4}, rate=${10 + (nic % 90)}Mb/s`;
    vifs.push(vif);
    const line = `    '${vif}',`;
    lines.push(line);
    size += line.length + 1;
    nic++;
  }
  lines.push(']', '');
  data.disk = disks;
  data.vif = vifs;
  return { text: lines.join('\n'), json: JSON.stringify(data) };
}

/** A config of about `lineCount` lines, for the edit-latency bench. */
export function generateLines(lineCount: number): string {
  const lines = ['name = "latency"', 'type = "pv"', 'kernel = "/boot/vmlinuz"', 'memory = 1024', 'disk = ['];
  for (let i = 0; lines.length < lineCount - 2; i++) {
    lines.push(`    'format=raw, vdev=xvd${letters(i)}, access=rw, target=/dev/vg/lat-${i}',`);
  }
  lines.push(']', '');
  return lines.join('\n');
}

function hex(value: number): string {
  return (value & 0xff).toString(16).padStart(2, '0');
}

/** xvda … xvdz, xvdaa …: the Linux naming scheme for many virtual disks. */
function letters(index: number): string {
  let name = '';
  let n = index;
  do {
    name = String.fromCharCode(97 + (n % 26)) + name;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return name;
}
