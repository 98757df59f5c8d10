/**
 * Parse + validate throughput on a ~1 MiB xl config, against JSON.parse of the
 * same data in the same process. Prints MB/s for both and the ratio.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../server/src/service';
import { parse } from '../server/src/xl/parse';
import { generateXlConfig } from './generate-xl';

const ROUNDS = 15;

function medianMs(run: () => void): number {
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const { text, json } = generateXlConfig(1024 * 1024);
const service = createLanguageService();
let version = 0;
let diagnosticCount = 0;
// A fresh document version every round: the façade's cache must not help.
const ours = medianMs(() => {
  version++;
  diagnosticCount = service.validate(TextDocument.create('file:///bench/big.cfg', 'xen-xl', version, text)).length;
});
const parseOnly = medianMs(() => {
  parse(text);
});
const reference = medianMs(() => {
  JSON.parse(json);
});
const mb = (bytes: number, ms: number): string => ((bytes / 1e6) / (ms / 1000)).toFixed(1);
console.log(`xl parse+validate: ${(text.length / 1024).toFixed(0)} KiB in ${ours.toFixed(1)} ms = ${mb(text.length, ours)} MB/s (${diagnosticCount} diagnostics)`);
console.log(`JSON.parse (same data): ${(json.length / 1024).toFixed(0)} KiB in ${reference.toFixed(1)} ms = ${mb(json.length, reference)} MB/s`);
const ratioOf = (ms: number): string => ((text.length / ms) / (json.length / reference)).toPrecision(2);
console.log(`xl parse only: ${parseOnly.toFixed(1)} ms = ${mb(text.length, parseOnly)} MB/s`);
console.log(`throughput ratio vs JSON.parse: parse+validate ${ratioOf(ours)} (target >= 0.20), parse only ${ratioOf(parseOnly)}`);
