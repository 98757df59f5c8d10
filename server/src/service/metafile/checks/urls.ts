import type { MetafileWord } from '../../../metafile/ast';
import { urlVariableByName, urlVariables } from '../../../schema/metafile/index';
import { makeDiagnostic, replaceEdit } from '../diagnostics';
import { suggest } from '../did-you-mean';
import { valueLines, type MetafileModel } from '../model';
import type { MetafileCheck } from './check';

const URL_SECTIONS = ['repositories', 'zypp_repositories', 'mirrorlist'] as const;
const SCHEME_URL = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/\S+$/;
const PLACEHOLDER_START = /^\$[A-Za-z_][A-Za-z0-9_]*/;
const PLACEHOLDER = /\$([A-Za-z_][A-Za-z0-9_]*)/g;

export function isUrlLike(word: string): boolean {
  return SCHEME_URL.test(word) || PLACEHOLDER_START.test(word);
}

/** Which words of a line must be URLs: apt sources carry a suite and components after the URL. */
function urlWords(model: MetafileModel, section: string, words: readonly MetafileWord[]): readonly MetafileWord[] {
  if (section === 'mirrorlist' || section === 'zypp_repositories') return words;
  if (model.family === 'rpm' || model.family === 'rpmzypp') return words;
  return words.slice(0, 1);
}

export const urlCheck: MetafileCheck = {
  name: 'bad-url',
  run({ model, report }) {
    for (const section of URL_SECTIONS) {
      for (const line of valueLines(model, section)) {
        if (line.escaped || line.words.length === 0 || /^[#%]/.test(line.words[0].text)) continue;
        for (const word of urlWords(model, section, line.words)) {
          if (word.text.startsWith('#')) break;
          if (isUrlLike(word.text)) continue;
          report(makeDiagnostic(model, word.span, 'metafile/bad-url',
            `"${word.text}" in %${section} is not a URL: write scheme://host/path (http, https, ftp, file, …) or start with a url.map placeholder such as $CE_SERVER.`));
        }
        if (section === 'repositories' && model.family === 'dpkg' && line.words.length < 2) {
          report(makeDiagnostic(model, line.words[0].span, 'metafile/apt-source-incomplete',
            'A Debian repository line reads `<url> <suite> <components…>`, e.g. `$DEB_SERVER/debian bookworm main`; the suite is missing.'));
        }
      }
    }
  },
};

export const urlVariableCheck: MetafileCheck = {
  name: 'unknown-url-variable',
  run({ model, report }) {
    const names = urlVariables.map((entry) => entry.name);
    for (const section of URL_SECTIONS) {
      for (const line of valueLines(model, section)) {
        if (line.escaped) continue;
        PLACEHOLDER.lastIndex = 0;
        for (let match = PLACEHOLDER.exec(line.effective); match; match = PLACEHOLDER.exec(line.effective)) {
          const name = match[1];
          const start = line.effectiveSpan.start + match.index;
          const span = { start, end: start + match[0].length };
          const known = urlVariableByName.get(name);
          if (known?.enabled) continue;
          if (known) {
            report(makeDiagnostic(model, span, 'metafile/disabled-url-variable',
              `$${name} is commented out in the shipped url.map; define it in /etc/vztt/url.map on every node that builds this template.`));
            continue;
          }
          const suggestion = suggest(name, names);
          report(makeDiagnostic(model, span, 'metafile/unknown-url-variable',
            `$${name} is not defined in the shipped url.map, so vztt cannot resolve this URL.${suggestion ? ` Did you mean $${suggestion}?` : ''}`,
            suggestion ? { fixes: [{ title: `Change to $${suggestion}`, edits: [replaceEdit(model, span, `$${suggestion}`)], preferred: true }] } : {}));
        }
      }
    }
  },
};
