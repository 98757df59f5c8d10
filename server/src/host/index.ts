/** Public entry of the simulated host: what server.ts, the client glue and the CLI import. */
export * from './hypervisor';
export { openSimulatedCluster, SimulatedHypervisor, type SimulatedClusterOptions } from './simulated-hypervisor';
export { RealClock, VirtualClock, DEFAULT_SPEED, type Clock } from './clock';
export { DEFAULT_CLUSTER, type ClusterConfig, type HostConfig } from './cluster-config';
export { validateClusterConfig, loadClusterConfigFile } from './cluster-config-validate';
export { defaultStateDir } from './state-dir';
export { formatXlInfo } from './xl-info';
export { formatXlList, formatVzList } from './format';
