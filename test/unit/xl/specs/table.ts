/** Table-driven cases shared by the per-group spec tests. */
import * as assert from 'assert';
import { analyseSpec } from '../../../../server/src/xl/specs';
import type { XlGuestType, XlSpecLanguage } from '../../../../server/src/schema/xl/key-def';
import type { Severity } from '../../../../server/src/schema/types';
import { specCodeSeverities } from '../../../../server/src/xl/specs/codes';
import { context, expectClean, expectIssue, fixture } from './fixture';

type Source = Parameters<typeof fixture>[0];

export interface BadCase {
  readonly source: Source;
  readonly code: string;
  /** the document text the issue must cover */
  readonly at: string;
  /** a piece of xl's own wording the message must carry */
  readonly says: string;
  readonly severity: Severity;
  readonly settings?: Record<string, string | number>;
  readonly guestType?: XlGuestType;
}

export interface GoodCase {
  readonly source: Source;
  readonly settings?: Record<string, string | number>;
}

export function runCases(language: XlSpecLanguage, good: readonly GoodCase[], bad: readonly BadCase[]): void {
  for (const { source, settings } of good) {
    it(`accepts ${JSON.stringify(source)}`, () => {
      const doc = fixture(source);
      const analysis = analyseSpec(language, doc.value, context(settings));
      expectClean(doc, analysis);
      assert.ok(analysis.items.length > 0, 'a valid value yields items');
    });
  }
  for (const { source, code, at, says, severity, settings, guestType } of bad) {
    it(`${severity === 'error' ? 'refuses' : 'warns about'} ${JSON.stringify(source)} with ${code}`, () => {
      const doc = fixture(source);
      const issue = expectIssue(doc, analyseSpec(language, doc.value, context(settings, guestType)), code, at);
      assert.strictEqual(issue.severity, severity);
      assert.strictEqual(specCodeSeverities[code], severity, `${code} is documented with another severity`);
      assert.ok(issue.message.includes(says), `message "${issue.message}" should include "${says}"`);
    });
  }
}
