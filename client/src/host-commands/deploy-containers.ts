/**
 * Deploy containers from a template: template, count, first IP, hostname
 * pattern and an optional sample config, each asked unless given as an
 * argument; containers get sequential IPs, skipping addresses in use.
 */
import * as vscode from 'vscode';
import { HostCommands, HostRequests } from '../guests/protocol';
import type { GuestNode } from '../guests/nodes';
import type { TemplateInfo } from '../guests/views';
import type { CommandRegistration, HostUi } from './support/context';
import { showHostError } from './support/errors';
import { refuseIfUntrusted } from './support/trust';

interface DeployArgs {
  /** an OS template metafile: deploy from the template it describes */
  templateUri?: string;
  template?: string; count?: number; startIp?: string; hostnamePattern?: string; sampleUri?: string; host?: string; start?: boolean;
}

interface DeployReport {
  readonly host: string;
  readonly containers: ReadonlyArray<{ ctid: number; hostname: string; ip: string }>;
  readonly skippedIps: readonly string[];
  readonly elapsedMs: number;
  readonly stoppedEarly?: { code: string; message: string };
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

async function askTemplate(ui: HostUi, host: string | undefined): Promise<string | undefined> {
  const templates = await ui.host.request<TemplateInfo[]>(HostRequests.templates, host ? { host } : {});
  const items = templates.filter((t) => t.kind === 'os').map((t) => ({
    label: t.name, description: `${t.host} · ${t.cached ? 'cached' : 'no cache yet'}`, value: t.name,
  }));
  const chosen = await vscode.window.showQuickPick(items, { placeHolder: 'OS template to deploy containers from' });
  return chosen?.value;
}

async function askSample(): Promise<string | undefined | null> {
  const files = await vscode.workspace.findFiles('**/{ve-*.conf-sample,*.conf}', '**/node_modules/**', 50);
  const open = vscode.workspace.textDocuments.filter((d) => d.languageId === 'vz-conf').map((d) => d.uri);
  const uris = [...new Map([...open, ...files].map((uri) => [uri.toString(), uri])).values()];
  const items = [
    { label: 'No sample config', description: 'host defaults', value: undefined as string | undefined },
    ...uris.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), description: 'sample config', value: uri.toString() })),
  ];
  const chosen = await vscode.window.showQuickPick(items, { placeHolder: 'Sample config every container gets (RAM, disk, nameservers, …)' });
  return chosen ? chosen.value : null;
}

async function askArgs(ui: HostUi, given: DeployArgs): Promise<DeployArgs | undefined> {
  const args: DeployArgs = { ...given };
  if (!args.templateUri) {
    args.template ??= await askTemplate(ui, args.host);
    if (!args.template) return undefined;
  }
  if (args.count === undefined) {
    const count = await vscode.window.showInputBox({
      prompt: 'How many containers?', value: '3',
      validateInput: (value) => (/^[1-9]\d*$/.test(value.trim()) ? undefined : 'a whole number from 1'),
    });
    if (count === undefined) return undefined;
    args.count = Number(count);
  }
  if (args.startIp === undefined) {
    args.startIp = await vscode.window.showInputBox({
      prompt: 'First IP address (the next free addresses follow)', value: '10.0.0.10',
      validateInput: (value) => (IPV4.test(value.trim()) ? undefined : 'an IPv4 address such as 10.0.0.10'),
    });
    if (args.startIp === undefined) return undefined;
  }
  if (args.hostnamePattern === undefined) {
    args.hostnamePattern = await vscode.window.showInputBox({
      prompt: 'Hostname pattern: {n} = 1…count, {ctid} = container ID, {ip} = address with dashes', value: 'web{n}',
    });
    if (args.hostnamePattern === undefined) return undefined;
  }
  if (!('sampleUri' in given)) {
    const sample = await askSample();
    if (sample === null) return undefined;
    if (sample) args.sampleUri = sample;
  }
  return args;
}

/** From a template or host in the Guests view, or a plain argument object. */
function deployArgsOf(first: unknown): DeployArgs {
  if (typeof first !== 'object' || first === null) return {};
  if (!('kind' in first)) return { ...(first as DeployArgs) };
  const node = first as GuestNode;
  if (node.kind === 'template') return { template: node.template.name, host: node.template.host };
  if (node.kind === 'host') return { host: node.host.name };
  return {};
}

export const registerDeployContainers: CommandRegistration = (ui) => vscode.commands.registerCommand('hvconf.deployContainers', async (first?: unknown) => {
  if (refuseIfUntrusted('Deploying containers')) return undefined;
  const given = deployArgsOf(first);
  try {
    const args = await askArgs(ui, given);
    if (!args) return undefined;
    const from = args.template ?? vscode.workspace.asRelativePath(vscode.Uri.parse(args.templateUri ?? ''));
    const title = `Deploying ${args.count} container(s) from ${from}`;
    ui.log.appendLine(`${title}…`);
    const report = await ui.host.execute<DeployReport>(HostCommands.deployContainers, args, { progressTitle: title });
    for (const c of report.containers) ui.log.appendLine(`  CT ${c.ctid} ${c.hostname} ${c.ip}`);
    if (report.skippedIps.length > 0) ui.log.appendLine(`  skipped addresses in use: ${report.skippedIps.join(', ')}`);
    if (report.stoppedEarly) ui.log.appendLine(`  stopped early [${report.stoppedEarly.code}]: ${report.stoppedEarly.message}`);
    const summary = `Deployed ${report.containers.length} of ${args.count} container(s) on ${report.host}` +
      (report.skippedIps.length ? `, skipping ${report.skippedIps.length} address(es) in use` : '');
    if (report.stoppedEarly) void vscode.window.showWarningMessage(`${summary}: ${report.stoppedEarly.message}`);
    else void vscode.window.showInformationMessage(summary);
    ui.guests.refresh();
    return report;
  } catch (error) {
    await showHostError(ui, 'Deploy', error);
    return undefined;
  }
});
