import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { createLanguageService, detectLanguage } from '../../server/src/service';

const samplesRoot = path.resolve(__dirname, '..', '..', '..', 'samples');

function sampleFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? sampleFiles(full) : [full];
  });
}

/**
 * A mistakes file marks each mistake with `# MISTAKE: <code> [<code>…]` on the
 * line before the statement; `# MISTAKE-FILE: <code>` marks a file-wide one.
 */
function expectedFindings(text: string): { lines: string[]; fileWide: string[] } {
  const lines = text.split('\n');
  const expected: string[] = [];
  const fileWide: string[] = [];
  lines.forEach((line, index) => {
    const fileMatch = /#\s*MISTAKE-FILE:\s*(.+)$/.exec(line);
    if (fileMatch) fileWide.push(...fileMatch[1].trim().split(/\s+/));
    const match = /#\s*MISTAKE:\s*(.+)$/.exec(line);
    if (!match) return;
    let target = index + 1;
    while (target < lines.length && /^\s*(#.*)?$/.test(lines[target])) target++;
    for (const code of match[1].trim().split(/\s+/)) expected.push(`${target + 1}:${code}`);
  });
  return { lines: expected.sort(), fileWide: fileWide.sort() };
}

describe('samples', () => {
  const service = createLanguageService();
  const files = sampleFiles(samplesRoot).filter((file) => detectLanguage(file) !== undefined);

  it('finds the samples of every language', () => {
    assert.ok(files.some((file) => detectLanguage(file) === 'xen-xl'), 'no xl sample found');
  });

  for (const file of files) {
    const relative = path.relative(samplesRoot, file);
    const languageId = detectLanguage(file)!;
    const text = fs.readFileSync(file, 'utf8');
    const diagnostics = () => service.validate(TextDocument.create(`file://${file}`, languageId, 1, text));

    if (/mistakes/.test(path.basename(file))) {
      it(`${relative}: finds exactly the marked mistakes`, () => {
        const { lines, fileWide } = expectedFindings(text);
        const found = diagnostics();
        const foundLines = found
          .filter((d) => !fileWide.includes(String(d.code)))
          .map((d) => `${d.range.start.line + 1}:${String(d.code)}`)
          .sort();
        assert.deepStrictEqual([...new Set(foundLines)], [...new Set(lines)]);
        for (const code of fileWide) assert.ok(found.some((d) => d.code === code), `file-wide ${code} not found`);
      });
    } else {
      it(`${relative}: lints clean (no errors, no warnings)`, () => {
        const problems = diagnostics().filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning);
        assert.deepStrictEqual(problems.map((d) => `${d.range.start.line + 1}: ${String(d.code)} ${d.message}`), []);
      });
    }
  }
});
