import type { EnumValue, KeyDocBase } from '../types';

/**
 * Schema of one metafile section (reference openvz.md §2.5, §2.2). The
 * checks, completion, hover, snippets and the template tree read these
 * records only.
 */

/** What the metafile describes, decided by `%appname` and `%setname` as vzmktmpl does. */
export type TemplateKind = 'base-os' | 'os-set' | 'app';

/** How the lines of a section are read and what they may hold. */
export type SectionShape =
  | 'word'          // one blank-free word on one line (names, versions, tokens)
  | 'text'          // free text; the lines are joined with spaces
  | 'integer'       // a number (read with atol)
  | 'package-list'  // package specs, blank or line separated
  | 'install-steps' // packages_0: one install step per line, names on a line go together
  | 'url-list'      // repository or mirror-list URLs, one per line
  | 'word-list'     // blank-free tokens, blank or line separated
  | 'requires'      // RPM dependency lines for the template package
  | 'changelog';    // RPM changelog text

/**
 * Where vzmktmpl puts the value:
 * - `lines`: a file in the config directory, one line per value line;
 * - `joined`: a file holding the value lines joined by single spaces;
 * - `path`: part of the template's directory and name, no file;
 * - `rpm`: only the template RPM's header (no file in the directory).
 */
export type SectionOutput =
  | { readonly kind: 'lines'; readonly file: string }
  | { readonly kind: 'joined'; readonly file: string }
  | { readonly kind: 'path' }
  | { readonly kind: 'rpm'; readonly field: string };

export type SectionTopic = 'identity' | 'packages' | 'repositories' | 'base-os' | 'package-metadata';

export interface SectionDef extends KeyDocBase {
  readonly shape: SectionShape;
  /** kinds for which vzmktmpl aborts when the section is missing or empty */
  readonly requiredFor: readonly TemplateKind[];
  /** kinds for which the manual calls the section mandatory although vzmktmpl does not check it */
  readonly expectedFor?: readonly TemplateKind[];
  /** vzmktmpl warns "not valid for os template set or app template" and drops it elsewhere */
  readonly baseOsOnly: boolean;
  /** values a user picks from; `openEnded` when others are valid too */
  readonly values?: readonly EnumValue[];
  readonly openEnded?: boolean;
  readonly output: SectionOutput;
  readonly topic: SectionTopic;
}
