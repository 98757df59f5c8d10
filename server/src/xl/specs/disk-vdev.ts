/**
 * Whether libxl can turn a vdev into a device number
 * (libxl__device_disk_dev_number): `xvdX[N]`, `hdX[N]`, `sdX[N]`, `dNpM`
 * or a plain number. Anything else fails when the domain is built.
 */
import { strtoul } from './cnum';

const INT_MAX = 0x7fffffffn;

interface DiskAndPartition {
  readonly disk: number;
  readonly partition: number;
}

/** device_virtdisk_matches: drive letters as base 26, then a partition without leading zero. */
function diskName(vdev: string, prefix: string, maxIndex: number, maxPartition: number): DiskAndPartition | undefined {
  if (!vdev.startsWith(prefix)) return undefined;
  let disk = -1;
  let pos = prefix.length;
  while (pos < vdev.length && vdev[pos] >= 'a' && vdev[pos] <= 'z') {
    disk = (disk + 1) * 26 + (vdev.charCodeAt(pos) - 97);
    if (disk > maxIndex) return undefined;
    pos++;
  }
  if (pos === vdev.length) return { disk, partition: 0 };
  if (vdev[pos] === '0') return undefined;
  const partition = strtoul(vdev, pos, 10);
  // libxl keeps the result in a signed long, so "-5" passes the upper-bound test
  const signed = BigInt.asIntN(64, partition.value);
  if (partition.end !== vdev.length || signed > BigInt(maxPartition)) return undefined;
  return { disk, partition: Number(BigInt.asIntN(32, signed)) };
}

/** `%i`: blanks, a sign, then decimal, octal or 0x hex digits (as a C int). */
function scanInt(text: string, start: number): { value: number; end: number } | undefined {
  const converted = strtoul(text, start, 0);
  if (!converted.converted) return undefined;
  return { value: Number(BigInt.asIntN(32, converted.value)), end: converted.end };
}

/** `sscanf(vdev, "d%ip%i%n")` covering the whole string, within the limits. */
function numberedName(vdev: string): DiskAndPartition | undefined {
  if (!vdev.startsWith('d')) return undefined;
  const disk = scanInt(vdev, 1);
  if (!disk || vdev[disk.end] !== 'p') return undefined;
  const partition = scanInt(vdev, disk.end + 1);
  if (!partition || partition.end !== vdev.length || disk.value >= 1 << 20 || partition.value >= 256) return undefined;
  return { disk: disk.value, partition: partition.value };
}

/** The device number libxl computes, or -1 when it refuses the name. */
export function vdevNumber(vdev: string): number {
  const xen = numberedName(vdev) ?? diskName(vdev, 'xvd', (1 << 20) - 1, 255);
  if (xen) {
    return xen.disk <= 15 && xen.partition <= 15 ? (202 << 8) | (xen.disk << 4) | xen.partition : (1 << 28) | (xen.disk << 8) | xen.partition;
  }
  const plain = strtoul(vdev, 0, 0);
  if (!plain.overflow && plain.end === vdev.length && plain.value <= INT_MAX) return Number(plain.value);
  const ide = diskName(vdev, 'hd', 3, 63);
  if (ide) return ((ide.disk < 2 ? 3 : 22) << 8) | ((ide.disk & 1) << 6) | ide.partition;
  const scsi = diskName(vdev, 'sd', 15, 15);
  if (scsi) return (8 << 8) | (scsi.disk << 4) | scsi.partition;
  return -1;
}
