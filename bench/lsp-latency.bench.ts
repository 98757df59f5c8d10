/**
 * Edit-to-diagnostics latency as a client sees it: `didChange` sent to
 * `publishDiagnostics` received, on a 2,000-line config, over stdio.
 */
import { startServer } from '../test/support/lsp-client';
import { generateLines } from './generate-xl';

const EDITS = 200;

async function main(): Promise<void> {
  const session = await startServer();
  const uri = 'file:///bench/xen/latency.cfg';
  const text = generateLines(2000);
  const opened = session.nextDiagnostics(uri, 1);
  await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'xen-xl', version: 1, text } });
  await opened;

  const samples: number[] = [];
  for (let edit = 0; edit < EDITS; edit++) {
    const version = edit + 2;
    // Alternate the memory value, as a user typing would.
    const published = session.nextDiagnostics(uri, version);
    const start = process.hrtime.bigint();
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: 3, character: 9 }, end: { line: 3, character: 13 } }, text: String(1000 + (edit % 9000)).padStart(4, '0') }],
    });
    await published;
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  await session.close();
  samples.sort((a, b) => a - b);
  const at = (q: number): number => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  console.log(`edit-to-diagnostics on ${text.split('\n').length} lines over stdio, ${EDITS} edits: p50 ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms (target p95 < 10 ms)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
