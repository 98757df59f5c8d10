/**
 * Renders the reference tables of the README and docs/reference/ from the
 * schemas and code registries: the docs never restate key knowledge by hand.
 */
import { allXlKeys, type XlKeyDef } from '../../server/src/schema/xl';
import { allVzParams } from '../../server/src/schema/vz';
import { allSections } from '../../server/src/schema/metafile';
import { xlSyntaxCodes } from '../../server/src/xl/syntax-codes';
import { xlCodes } from '../../server/src/service/xl/codes';
import { specCodes, specCodeSeverities } from '../../server/src/xl/specs/codes';
import { vzCodes } from '../../server/src/service/vz/codes';
import { metafileCodes } from '../../server/src/service/metafile/codes';
import { workspaceCodes } from '../../server/src/service/workspace/codes';

interface CodeRow { code: string; severity: string; summary: string }

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n+/g, ' ').trim();
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  return lines.join('\n');
}

export function codeRows(): Record<'xl' | 'vz' | 'metafile', CodeRow[]> {
  const fromRecord = (record: Readonly<Record<string, { severity: string; summary: string }>>): CodeRow[] =>
    Object.entries(record).map(([code, info]) => ({ code, severity: info.severity, summary: info.summary }));
  const workspace = fromRecord(workspaceCodes);
  const xl = [
    ...workspace.filter((row) => row.code.startsWith('xl/')),
    ...fromRecord(xlSyntaxCodes),
    ...fromRecord(xlCodes),
    ...Object.entries(specCodes).map(([code, summary]) => ({ code, severity: specCodeSeverities[code] ?? 'warning', summary })),
  ];
  const byCode = (a: CodeRow, b: CodeRow): number => a.code.localeCompare(b.code);
  return {
    xl: xl.sort(byCode),
    vz: [...fromRecord(vzCodes), ...workspace.filter((row) => row.code.startsWith('vz/'))].sort(byCode),
    metafile: fromRecord(metafileCodes).sort(byCode),
  };
}

export function renderCodeTables(): string {
  const rows = codeRows();
  const render = (list: CodeRow[]): string => table(['code', 'default severity', 'meaning'], list.map((row) => [`\`${row.code}\``, row.severity, row.summary]));
  return [
    `### Xen xl (${rows.xl.length} codes)`, '', render(rows.xl), '',
    `### OpenVZ / Virtuozzo container configs (${rows.vz.length} codes)`, '', render(rows.vz), '',
    `### EZ template metafiles (${rows.metafile.length} codes)`, '', render(rows.metafile),
  ].join('\n');
}

function describeXlShape(key: XlKeyDef): string {
  const shape = key.shape;
  switch (shape.kind) {
    case 'enum': return `enum: ${shape.values.map((value) => `\`${value.value}\``).join(', ')}`;
    case 'integer': return `integer${shape.min !== undefined || shape.max !== undefined ? ` ${shape.min ?? ''}..${shape.max ?? ''}` : ''}`;
    case 'spec': return `${shape.spec} spec`;
    case 'list': return shape.spec ? `list of ${shape.spec} specs` : `list of ${shape.item}`;
    default: return shape.kind;
  }
}

export function renderXlKeys(): string {
  const rows = allXlKeys.map((key) => [
    `\`${key.name}\``,
    describeXlShape(key) + (key.unit ? ` (${key.unit})` : ''),
    key.default ?? '',
    key.guests.join(', ') + (key.arch ? ` (${key.arch.join(', ')})` : ''),
    (key.deprecated ? '**deprecated** ' : '') + (key.documented ? '' : '*undocumented* ') + key.summary,
  ]);
  return [
    '# xl keys',
    '',
    `Generated from \`server/src/schema/xl/\` (${allXlKeys.length} keys). Hover a key in the editor for its full documentation and example.`,
    '',
    table(['key', 'value', 'default', 'guests', 'summary'], rows),
    '',
  ].join('\n');
}

export function renderVzParams(): string {
  const rows = allVzParams.map((param) => [
    `\`${param.name}\``,
    param.shape.kind + ('unitClass' in param.shape ? ` (${param.shape.unitClass})` : ''),
    param.default ?? '',
    [param.dialects.legacy ? 'legacy' : '', param.dialects.vz7 ? 'vz7' : ''].filter(Boolean).join(', '),
    (param.deprecated ? '**deprecated** ' : '') + param.summary,
  ]);
  return [
    '# Container config parameters',
    '',
    `Generated from \`server/src/schema/vz/\` (${allVzParams.length} parameters).`,
    '',
    table(['parameter', 'value', 'default', 'dialects', 'summary'], rows),
    '',
  ].join('\n');
}

export function renderMetafileSections(): string {
  const rows = allSections.map((section) => [`\`%${section.name}\``, section.shape, section.summary]);
  return [
    '# Metafile sections',
    '',
    `Generated from \`server/src/schema/metafile/\` (${allSections.length} sections).`,
    '',
    table(['section', 'shape', 'summary'], rows),
    '',
  ].join('\n');
}

export const README_START = '<!-- generated: diagnostic codes (npm run docs) -->';
export const README_END = '<!-- end of generated codes -->';

/** The README with its generated block replaced; throws when the markers are missing. */
export function spliceReadme(readme: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error('README.md lacks the generated-codes markers');
  return `${readme.slice(0, start + README_START.length)}\n\n${renderCodeTables()}\n\n${readme.slice(end)}`;
}

export const generatedFiles: Readonly<Record<string, () => string>> = {
  'docs/reference/xl-keys.md': renderXlKeys,
  'docs/reference/vz-params.md': renderVzParams,
  'docs/reference/metafile-sections.md': renderMetafileSections,
};
