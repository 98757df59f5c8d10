import * as assert from 'assert';
import { PassThrough } from 'stream';
import { createMessageConnection, ResponseError, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection, TextDocuments, type Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { registerHostBridge, hostCommandIds, type HostBridge } from '../../../server/src/host-bridge';
import { createLanguageService } from '../../../server/src/service';

describe('host bridge: the one executeCommand handler', () => {
  let server: Connection;
  let client: MessageConnection;
  let bridge: HostBridge;
  let commands: string[];

  before(async () => {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    bridge = registerHostBridge(server, new TextDocuments(TextDocument), createLanguageService(), {
      watchIntervalMs: 0,
      extraCommands: {
        'test.echo': (args) => args[0],
        'test.fail': () => { throw new Error('the metafile text is missing'); },
      },
    });
    server.onInitialize((params) => ({ capabilities: { executeCommandProvider: bridge.executeCommandProvider(params) } }));
    server.listen();
    client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    client.listen();
    const result = (await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} })) as {
      capabilities: { executeCommandProvider: { commands: string[] } };
    };
    commands = result.capabilities.executeCommandProvider.commands;
  });
  after(() => {
    bridge.dispose();
    client.dispose();
    server.dispose();
  });

  it('lists the host commands and the extra ones', () => {
    assert.deepStrictEqual(commands, [...hostCommandIds, 'test.echo', 'test.fail']);
  });

  it('routes an extra command with its arguments', async () => {
    assert.deepStrictEqual(await client.sendRequest('workspace/executeCommand', { command: 'test.echo', arguments: [{ text: 'x' }] }), { text: 'x' });
  });

  it('answers a failing extra command and an unknown command with RequestFailed and the reason', async () => {
    for (const [command, message] of [['test.fail', 'the metafile text is missing'], ['test.none', 'unknown command test.none']] as const) {
      await assert.rejects(client.sendRequest('workspace/executeCommand', { command, arguments: [] }), (error: unknown) => {
        assert.ok(error instanceof ResponseError);
        assert.strictEqual(error.code, -32803);
        assert.strictEqual(error.message, message);
        return true;
      });
    }
  });
});
