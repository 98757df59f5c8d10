/**
 * The Guests view's nodes and how each looks. `contextValue` encodes kind
 * and state (`domain.running`, `container.stopped`, `host.xen`, ...) so
 * package.json menus offer only what that state allows.
 */
import * as vscode from 'vscode';
import { gib, type ContainerInfo, type DomainInfo, type HostInfo, type TemplateInfo } from './views';

export type GuestNode =
  | { readonly kind: 'host'; readonly host: HostInfo }
  | { readonly kind: 'domain'; readonly domain: DomainInfo }
  | { readonly kind: 'container'; readonly container: ContainerInfo }
  | { readonly kind: 'templates'; readonly host: string }
  | { readonly kind: 'template'; readonly template: TemplateInfo };

const green = new vscode.ThemeColor('charts.green');
const yellow = new vscode.ThemeColor('charts.yellow');
const grey = new vscode.ThemeColor('disabledForeground');
const blue = new vscode.ThemeColor('charts.blue');

export function domainContext(domain: DomainInfo): string {
  if (domain.isDomain0) return 'domain0';
  if (domain.migrating) return 'domain.migrating';
  return `domain.${domain.state}`;
}

export function containerContext(container: ContainerInfo): string {
  return container.migrating ? 'container.migrating' : `container.${container.status}`;
}

function domainIcon(domain: DomainInfo): vscode.ThemeIcon {
  if (domain.migrating) return new vscode.ThemeIcon('sync~spin', blue);
  switch (domain.state) {
    case 'running': return new vscode.ThemeIcon(domain.isDomain0 ? 'server-process' : 'vm-running', green);
    case 'paused': return new vscode.ThemeIcon('debug-pause', yellow);
    case 'shutdown': return new vscode.ThemeIcon('vm-outline', grey);
    case 'dying': return new vscode.ThemeIcon('loading~spin', grey);
  }
}

function containerIcon(container: ContainerInfo): vscode.ThemeIcon {
  if (container.migrating) return new vscode.ThemeIcon('sync~spin', blue);
  switch (container.status) {
    case 'running': return new vscode.ThemeIcon('package', green);
    case 'suspended': return new vscode.ThemeIcon('debug-pause', yellow);
    default: return new vscode.ThemeIcon('package', grey);
  }
}

function hostItem(host: HostInfo): vscode.TreeItem {
  const item = new vscode.TreeItem(host.name, vscode.TreeItemCollapsibleState.Expanded);
  item.id = `host:${host.name}`;
  item.contextValue = `host.${host.kind}`;
  item.iconPath = new vscode.ThemeIcon(host.kind === 'xen' ? 'server' : 'server-environment');
  const guests = `${host.guests} ${host.kind === 'xen' ? 'domain' : 'container'}${host.guests === 1 ? '' : 's'}`;
  item.description = `${host.kind === 'xen' ? 'Xen' : 'Virtuozzo'} · ${gib(host.freeMemoryMiB)} free of ${gib(host.memoryMiB)} · ${guests}`;
  const cpus = host.cpu.sockets * host.cpu.coresPerSocket * host.cpu.threadsPerCore;
  const paging = host.cpu.nestedPaging ? 'nested paging (HAP)' : 'no nested paging (shadow only)';
  item.tooltip = new vscode.MarkdownString(
    `**${host.name}** (${host.kind === 'xen' ? 'Xen' : 'Virtuozzo'})\n\n` +
    `- CPU: ${host.cpu.model}, ${cpus} logical CPUs, ${host.cpu.hardwareVirt ? 'hardware virtualisation' : 'no hardware virtualisation'}, ${paging}\n` +
    `- Memory: ${gib(host.freeMemoryMiB)} free of ${gib(host.memoryMiB)}\n- Guests: ${host.guests}`,
  );
  return item;
}

function domainItem(domain: DomainInfo): vscode.TreeItem {
  const item = new vscode.TreeItem(domain.name, vscode.TreeItemCollapsibleState.None);
  item.id = `domain:${domain.host}/${domain.name}`;
  item.contextValue = domainContext(domain);
  item.iconPath = domainIcon(domain);
  const vcpus = `${domain.vcpus} vCPU${domain.vcpus === 1 ? '' : 's'}`;
  item.description = `${domain.state} · id ${domain.domid} · ${gib(domain.memoryMiB)} · ${vcpus}`;
  item.tooltip = new vscode.MarkdownString(
    `**${domain.name}** — ${domain.type.toUpperCase()} domain ${domain.domid} on ${domain.host}\n\n` +
    `- State: ${domain.state} (\`${domain.stateFlags}\`)${domain.migrating ? `, migration ${domain.migrating}` : ''}\n` +
    `- Memory: ${domain.memoryMiB} MiB (max ${domain.maxmemMiB} MiB)\n` +
    `- vCPUs: ${domain.vcpus} (max ${domain.maxvcpus})\n` +
    `- Paging: ${domain.paging} · workload: ${domain.workload}${domain.nomigrate ? ' · nomigrate' : ''}\n` +
    `- CPU time: ${domain.cpuSeconds.toFixed(1)} s\n- UUID: ${domain.uuid}`,
  );
  return item;
}

function containerItem(container: ContainerInfo): vscode.TreeItem {
  const label = container.hostname ? `${container.ctid} ${container.hostname}` : String(container.ctid);
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  item.id = `container:${container.ctid}`;
  item.contextValue = containerContext(container);
  item.iconPath = containerIcon(container);
  const ips = container.ipAddresses.length > 0 ? container.ipAddresses.join(', ') : 'no IP';
  item.description = `${container.status} · ${ips} · ${gib(container.ramMiB)} · ${container.cpus} CPU${container.cpus === 1 ? '' : 's'}`;
  item.tooltip = new vscode.MarkdownString(
    `**CT ${container.ctid}** ${container.hostname} on ${container.host}\n\n` +
    `- Status: ${container.status}${container.migrating ? ' (migrating)' : ''}, ${container.numproc} processes\n` +
    `- IP addresses: ${ips}\n- OS template: ${container.ostemplate}\n` +
    `- RAM: ${container.ramMiB} MiB · CPUs: ${container.cpus} · disk: ${container.diskspaceGiB} GiB\n` +
    `- Application templates: ${container.appTemplates.join(', ') || 'none'}`,
  );
  return item;
}

function templateItem(template: TemplateInfo): vscode.TreeItem {
  const item = new vscode.TreeItem(template.name, vscode.TreeItemCollapsibleState.None);
  item.id = `template:${template.host}/${template.name}`;
  item.contextValue = `template.${template.kind}${template.cached ? '.cached' : ''}`;
  item.iconPath = new vscode.ThemeIcon(template.kind === 'os' ? 'archive' : 'extensions');
  item.description = template.kind === 'os'
    ? `OS template · ${template.cached ? 'cached' : 'not cached'} · ${template.packages} packages`
    : `app template for ${template.baseOs ?? '?'} · ${template.packages} packages`;
  item.tooltip = template.kind === 'app' ? 'Drag onto containers to install it' : undefined;
  return item;
}

export function treeItemOf(node: GuestNode): vscode.TreeItem {
  switch (node.kind) {
    case 'host': return hostItem(node.host);
    case 'domain': return domainItem(node.domain);
    case 'container': return containerItem(node.container);
    case 'template': return templateItem(node.template);
    case 'templates': {
      const item = new vscode.TreeItem('Templates', vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `templates:${node.host}`;
      item.contextValue = 'templates';
      item.iconPath = new vscode.ThemeIcon('library');
      return item;
    }
  }
}
