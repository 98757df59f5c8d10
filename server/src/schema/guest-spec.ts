/**
 * The typed specs a language service builds from a document and hands to a
 * hypervisor. They hold facts, not text: the host never sees a config file.
 */

export type WorkloadProfile = 'idle' | 'web' | 'database' | 'memory-intensive';
export type OnEventAction =
  | 'destroy' | 'restart' | 'rename-restart' | 'preserve'
  | 'coredump-destroy' | 'coredump-restart' | 'soft-reset';

export interface DiskTarget {
  readonly vdev: string;
  /** path of the backing file or device; empty for an empty CD-ROM drive */
  readonly target: string;
  readonly format: string;
  readonly access: 'ro' | 'rw';
  readonly cdrom: boolean;
}

export interface NetworkInterface {
  readonly mac?: string;
  readonly bridge?: string;
  readonly ip?: string;
  /** bytes per second, when a `rate=` is given */
  readonly rateBytesPerSecond?: number;
}

export interface DomainSpec {
  readonly name: string;
  readonly type: 'pv' | 'pvh' | 'hvm';
  readonly memoryMiB: number;
  readonly maxmemMiB: number;
  readonly vcpus: number;
  readonly maxvcpus: number;
  readonly uuid?: string;
  readonly kernel?: string;
  readonly ramdisk?: string;
  readonly bootloader?: string;
  readonly cmdline?: string;
  readonly disks: readonly DiskTarget[];
  readonly vifs: readonly NetworkInterface[];
  /** PCI BDFs passed through */
  readonly pci: readonly string[];
  /** `hap` as asked; the host decides whether it can honour it */
  readonly hap: boolean;
  readonly nomigrate: boolean;
  readonly onPoweroff: OnEventAction;
  readonly onReboot: OnEventAction;
  readonly onCrash: OnEventAction;
  /** from a `# hvconf: workload=NAME` comment; default 'idle' */
  readonly workload: WorkloadProfile;
  /** every key as xl resolved it, for `xl create -n`-style dry-run output */
  readonly resolved: Readonly<Record<string, unknown>>;
  /** where the spec came from, for messages */
  readonly source: string;
}

export interface ContainerSpec {
  /** absent: the host allocates the next free CTID */
  readonly ctid?: number;
  readonly hostname?: string;
  readonly ipAddresses: readonly string[];
  readonly ostemplate?: string;
  readonly nameservers: readonly string[];
  /** RAM for VSwap containers, MiB */
  readonly ramMiB?: number;
  readonly swapMiB?: number;
  readonly diskspaceGiB?: number;
  readonly cpus?: number;
  readonly onboot: boolean;
  /** from a `# hvconf: workload=NAME` comment; absent means 'idle' (used by migration) */
  readonly workload?: WorkloadProfile;
  /** all parameters as read, for `vzctl set`-style display */
  readonly params: Readonly<Record<string, string>>;
  readonly source: string;
}

/** An EZ template built from a metafile ("create cache"). */
export interface TemplateSpec {
  readonly kind: 'os' | 'app';
  /** e.g. `centos-7-x86_64` or `centos-7-x86_64-mysql` */
  readonly name: string;
  readonly osname: string;
  readonly osver: string;
  readonly osarch: string;
  readonly packages: readonly string[];
  /** for an app template: the OS template it extends */
  readonly baseOs?: string;
  readonly source: string;
}
