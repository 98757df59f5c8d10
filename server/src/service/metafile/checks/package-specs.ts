import type { MetafileWord } from '../../../metafile/ast';
import { sectionDef, type PackageFamily } from '../../../schema/metafile/index';
import { makeDiagnostic, replaceEdit } from '../diagnostics';
import type { MetafileCheck } from './check';

/*
 * RPM: name, name.arch, name-version, name-version-release,
 * name-version-release.arch, epoch:name-version-release.arch.
 * DEB: name, name=version. Glob characters are passed on to the package
 * tool, which expands them.
 */
const RPM_SPEC = /^(?:\d+:)?[A-Za-z0-9_+*?[\]][A-Za-z0-9_.+~^*?[\]-]*$/;
const DEB_SPEC = /^[A-Za-z0-9*?[\]][A-Za-z0-9.+_*?[\]:-]*(?:=[A-Za-z0-9.+~:_-]+)?$/;

/** Why a word is not a package spec for the family, or undefined when it is one. */
export function packageSpecProblem(word: string, family: PackageFamily | undefined): string | undefined {
  if (/^(?:[<>]=?|=|!=)$/.test(word) || /[<>]/.test(word)) return 'version comparisons are not part of a package spec; write name-version (RPM) or name=version (Debian)';
  if (word.includes(',')) return 'package specs are separated by blanks or new lines, not commas';
  if (word.startsWith('/')) return 'file paths are virtual package names, which templates do not support';
  if (word.startsWith('@')) return 'package groups are not supported in %packages';
  const rpm = RPM_SPEC.test(word);
  const deb = DEB_SPEC.test(word);
  if (family === 'dpkg') {
    if (deb) return undefined;
    return 'a Debian package spec is `name` or `name=version`';
  }
  if (family === 'rpm' || family === 'rpmzypp') {
    if (rpm) return undefined;
    if (deb && word.includes('=')) return 'name=version is the Debian form; an RPM template writes name-version[-release]';
    return 'an RPM package spec is name[-version[-release]][.arch], optionally with an epoch: prefix';
  }
  return rpm || deb ? undefined : 'not a package spec in the RPM or Debian forms';
}

const PACKAGE_SHAPES = new Set(['package-list', 'install-steps']);
/** reported by the indented-header check instead */
const INDENTED_HEADER = /^[ \t]+%/;

export const packageSpecCheck: MetafileCheck = {
  name: 'bad-package-spec',
  run({ model, report }) {
    for (const section of model.ast.sections) {
      const def = sectionDef(section.header.name);
      if (!def || !PACKAGE_SHAPES.has(def.shape)) continue;
      for (const line of section.values) {
        if (line.escaped || INDENTED_HEADER.test(line.raw)) continue;
        for (const word of wordsBeforeComment(line.words)) {
          const problem = packageSpecProblem(word.text, model.family);
          if (problem) report(makeDiagnostic(model, word.span, 'metafile/bad-package-spec', `"${word.text}" in %${def.name}: ${problem}.`));
        }
      }
    }
  },
};

/** Words up to an inline `#`, which the inline-comment check reports instead. */
function wordsBeforeComment(words: readonly MetafileWord[]): MetafileWord[] {
  const index = words.findIndex((word) => word.text.startsWith('#'));
  return index < 0 ? [...words] : words.slice(0, index);
}

const INLINE_CHECKED = new Set(['package-list', 'install-steps', 'url-list', 'word-list', 'word', 'integer']);

export const inlineCommentCheck: MetafileCheck = {
  name: 'inline-comment',
  run({ model, report }) {
    for (const section of model.ast.sections) {
      const def = sectionDef(section.header.name);
      if (!def || !INLINE_CHECKED.has(def.shape)) continue;
      for (const line of section.values) {
        if (line.escaped) continue;
        const hash = line.words.findIndex((word) => word.text.startsWith('#'));
        if (hash <= 0) continue;
        const comment = { start: line.words[hash].span.start, end: line.span.end };
        const value = line.raw.slice(0, comment.start - line.span.start).replace(/[ \t]+$/, '');
        const commentText = model.text.slice(comment.start, comment.end);
        const indent = /^[ \t]*/.exec(line.raw)?.[0] ?? '';
        report(makeDiagnostic(model, comment, 'metafile/inline-comment',
          `Comments are whole lines in a metafile; "${commentText}" is copied into the template's ${def.name} as part of the value.`,
          { fixes: [{ title: 'Move the comment to its own line', edits: [replaceEdit(model, line.span, `${indent}${commentText}\n${value}`)], preferred: true }] }));
      }
    }
  },
};
