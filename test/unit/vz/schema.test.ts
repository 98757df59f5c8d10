import * as assert from 'assert';
import { allVzParams, paramsOf, vzParams, type VzParamDef } from '../../../server/src/schema/vz';
import { createLanguageService } from '../../../server/src/service/index';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';

/** Key names of reference openvz.md §1.4 (config[] of vzctl 4.11), §1.2 item 8, §1.6 and the VZ7 vz.conf list. */
const LEGACY_KEYS = 'LOCKDIR DUMPDIR LOGGING LOG_LEVEL LOGFILE VERBOSE IPTABLES NETFILTER KMEMSIZE LOCKEDPAGES PRIVVMPAGES SHMPAGES NUMPROC PHYSPAGES VMGUARPAGES OOMGUARPAGES NUMTCPSOCK NUMFLOCK NUMPTY NUMSIGINFO TCPSNDBUF TCPRCVBUF OTHERSOCKBUF DGRAMRCVBUF NUMOTHERSOCK NUMFILE DCACHESIZE DCACHE NUMIPTENT IPTENTRIES AVNUMPROC SWAPPAGES CAPABILITY IP_ADDRESS NETDEV HOSTNAME DESCRIPTION NAMESERVER IPV6 SEARCHDOMAIN DEVICES DEVNODES PCI VE_ROOT VE_PRIVATE TEMPLATE MOUNT_OPTS VE_LAYOUT OSTEMPLATE DEF_OSTEMPLATE CPUUNITS CPUUWEIGHT CPULIMIT CPUS CPUMASK NODEMASK ONBOOT CONFIGFILE ORIGIN_SAMPLE DISABLED LOCAL_UID LOCAL_GID DISK_QUOTA DISKSPACE DISKINODES QUOTATIME QUOTAUGIDLIMIT MEMINFO VETH NETIF VEID NAME FEATURES IOPRIO IOLIMIT IOPSLIMIT BOOTORDER STOP_TIMEOUT VM_OVERCOMMIT'.split(' ');
const LEGACY_IGNORED = 'VIRTUOZZO VE0CPUUNITS VZFASTBOOT NEIGHBOUR_DEVS ERROR_ON_ARPFAIL VZWDOG IPTABLES_MODULES IP6TABLES CONFIG_CUSTOMIZED VE_STOP_MODE SKIP_SYSCTL_SETUP SKIP_ARPDETECT VE_PARALLEL'.split(' ');
const VZ7_KEYS = 'TEMPLATES DISK NETIF KMEMSIZE TCPSENDBUF TOTVMPAGES IPCSHMPAGES ANONSHPAGES RSSPAGES OOMGUAR NUMSOCK UNIXSOCKBUF SOCKRCVBUF NUMUNIXSOCK JOURNALED_QUOTA QUOTATIME CPULIMIT CPULIMIT_MHZ CPUWEIGHT CPUUNITS DISTRIBUTION FEATURES TECHNOLOGIES ONBOOT AUTOSTOP VE_TYPE UUID APPLY_IPONLY OSRELEASE USE_NET_RPS HA_ENABLE HA_PRIO BINDMOUNT VE_ENVIRONMENT NOATIME ORIGIN_SAMPLE DISABLED AUTOCOMPACT BOOTORDER ROOT_DISK SLMMEMORYLIMIT SLMMODE BURST_CPU_AVG_USAGE BURST_CPULIMIT TRAFFIC_SHAPING TOTALRATE RATE RATEBOUND MEMGUARANTEE MEMGUARANTEE_BYTES PAGECACHE_ISOLATION NUMMEMORYSUBGROUPS NUMNETIF DESCRIPTION'.split(' ');
const VZ7_GLOBAL = 'ACTIONLOGDIR REMOVEMIGRATED VE_ENVIRONMENT HTTP_PROXY USE_NET_HWCSUM USE_NET_TSO USE_NET_RPS USE_VENET_MASK GOLDEN_IMAGE VE_PARALLEL VE_STOP_MODE REPAIR_MODE LOGGING LOGFILE LOG_LEVEL DISK_QUOTA VE_ROUTE_SRC_DEV TRAFFIC_SHAPING BANDWIDTH TOTALRATE RATE RATEMPU VZ_TOOLS_BCID VZ_TOOLS_IOLIMIT VZ_TOOLS_MEMLIMIT TEMPLATE VE_ROOT VE_PRIVATE CONFIGFILE DEF_OSTEMPLATE VEFSTYPE VEIMAGEFORMAT DUMPDIR ON_VE_FSERROR IPV6 VIRTUOZZO LOCKDIR VZWDOG SERVER_UUID SKIP_CGROUP_DESTROY UMOUNT_TIMEOUT VELAYOUT VE_CGROUP_SLICE'.split(' ');

describe('vz-conf schema', () => {
  it('has every legacy key, read by the legacy dialect', () => {
    for (const key of LEGACY_KEYS) assert.ok(vzParams.get(key)?.dialects.legacy, key);
    assert.strictEqual(LEGACY_KEYS.length, 79);
  });

  it('has the 13 known-but-ignored legacy keys, marked ignored', () => {
    for (const key of LEGACY_IGNORED) assert.strictEqual(vzParams.get(key)?.dialects.legacy, 'ignored', key);
  });

  it('has every Virtuozzo 7 key and vz.conf key, known to the vz7 dialect', () => {
    for (const key of [...VZ7_KEYS, ...VZ7_GLOBAL]) assert.ok(vzParams.get(key)?.dialects.vz7, key);
  });

  it('keys are unique and every record is documented', () => {
    assert.strictEqual(new Set(allVzParams.map((p) => p.name)).size, allVzParams.length);
    for (const param of allVzParams) {
      assert.ok(param.summary.length > 5 && param.doc.length > 5, param.name);
      assert.ok(param.example.startsWith(`${param.name}=`), `${param.name}: example ${param.example}`);
      if (param.aliasOf) assert.ok(vzParams.get(param.aliasOf), `${param.name} aliases a known key`);
      const shape = param.shape;
      if (shape.kind === 'enum') for (const value of shape.values) assert.ok(value.doc.length > 2, `${param.name}=${value.value}`);
    }
  });

  it('the range limits of the reference are data', () => {
    assert.deepStrictEqual(vzParams.get('CPUUNITS')!.shape, { kind: 'integer', min: 8, max: 500000 });
    assert.deepStrictEqual(vzParams.get('IOPRIO')!.shape, { kind: 'integer', min: 0, max: 7 });
  });

  describe('each example line is accepted in the dialects that read the key', () => {
    const service = createLanguageService();
    const vswap = 'PHYSPAGES="0:256M"\nSWAPPAGES="0:512M"\n';
    let version = 0;
    function problemsOf(param: VzParamDef, dialect: 'legacy' | 'vz7'): string[] {
      const global = param.scope === 'global';
      const uri = global ? 'file:///etc/vz/vz.conf' : 'file:///etc/vz/conf/101.conf';
      const base = global ? '' : param.name === 'PHYSPAGES' ? 'SWAPPAGES="0:512M"\n' : param.name === 'SWAPPAGES' ? 'PHYSPAGES="0:256M"\n' : vswap;
      const text = `# hvconf: dialect=${dialect}\n${base}${param.example}\n`;
      return service.validate(TextDocument.create(uri, 'vz-conf', ++version, text))
        .filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning)
        .map((d) => `${String(d.code)}: ${d.message}`);
    }
    for (const dialect of ['legacy', 'vz7'] as const) {
      for (const param of paramsOf(dialect)) {
        const support = param.dialects[dialect];
        if (support === 'deprecated') continue;
        it(`${dialect}: ${param.example}`, () => {
          assert.deepStrictEqual(problemsOf(param, dialect), []);
        });
      }
    }
  });
});
