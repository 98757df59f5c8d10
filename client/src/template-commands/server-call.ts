import { ExecuteCommandRequest } from 'vscode-languageclient/node';
import type { ServerController } from '../server-controller';

/** Runs one of the server's pure template commands once the server is up. */
export async function callTemplateCommand<T>(controller: ServerController, command: string, argument: unknown): Promise<T> {
  await controller.whenRunning();
  const client = controller.languageClient;
  if (!client) throw new Error('the HVConf language server is not running; start it with "HVConf: Restart Language Server"');
  return (await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: [argument] })) as T;
}
