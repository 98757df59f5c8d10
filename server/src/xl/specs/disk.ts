/** DISK_SPEC items of `disk = [ … ]`, parsed as libxlu's disk lexer does. */
import type { XlValue } from '../ast';
import type { SpecAnalysis, SpecField } from './types';
import { nextDiskToken, type DiskToken } from './disk-lexer';
import { SpecReport, ellipsis, fieldOf } from './report';
import type { Piece } from './split';
import { atoi } from './cnum';
import { didYouMean } from './suggest';
import { vdevNumber } from './disk-vdev';
import { listTexts, type SpecText } from './text';
import { diskSpecKeys } from '../../schema/xl/spec-keys/disk';

const formats = ['raw', 'qcow', 'qcow2', 'vhd', 'empty', 'qed'];
const backendTypes = ['phy', 'tap', 'qdisk', 'standalone'];
const specifications = ['xen', 'virtio'];
const keyNames = diskSpecKeys.filter((key) => key.form !== 'flag').map((key) => key.name);

function xlSays(message: string, near?: string): string {
  return near === undefined ? `xl: ${message}` : `xl: ${message}: near \`${near}'`;
}

class DiskItem {
  readonly fields: SpecField[] = [];
  private readonly strings = new Map<string, string>();
  private readonly enums = new Map<string, string>();
  vdevPiece?: Piece;
  isCdrom = false;
  accessSet = false;
  readwrite = true;
  hadDeprecatedPrefix = false;
  failed = false;

  constructor(private readonly text: SpecText, private readonly report: SpecReport) {}

  get target(): string | undefined { return this.strings.get('target'); }
  get vdev(): string | undefined { return this.strings.get('vdev'); }
  get format(): string | undefined { return this.enums.get('format'); }
  set format(value: string | undefined) { if (value !== undefined) this.enums.set('format', value); }

  fail(at: Piece, message: string, near: string | undefined, explanation: string, code = 'xl/disk-syntax'): void {
    this.failed = true;
    this.report.error(this.text, at, code, `${explanation} (${xlSays(message, near)})`);
  }

  field(key: string, keyPiece: Piece | undefined, value: Piece): void {
    this.fields.push(fieldOf(this.text, key, keyPiece, value));
  }

  saveString(what: string, value: Piece): void {
    const existing = this.strings.get(what);
    if (existing) {
      this.fail(value, `${what} respecified`, value.text, `"${what}" is given twice in this disk`, 'xl/disk-respecified');
      return;
    }
    this.strings.set(what, value.text);
    if (what === 'vdev') this.vdevPiece = value;
  }

  setEnum(member: string, value: string, at: Piece): void {
    const existing = this.enums.get(member);
    if (existing !== undefined && existing !== value) {
      this.fail(at, `${member} respecified`, at.text, `"${member}" is given twice with different values`, 'xl/disk-respecified');
      return;
    }
    this.enums.set(member, value);
  }

  setFormat(at: Piece): void {
    const value = at.text === '' ? 'raw' : at.text;
    if (!formats.includes(value)) {
      this.fail(at, 'unknown value for format', at.text, `Unknown disk format "${at.text}"; use raw, qcow, qcow2, vhd or qed`, 'xl/disk-bad-format');
      return;
    }
    this.setEnum('format', value, at);
  }

  setAccess(at: Piece): void {
    if (at.text === 'r' || at.text === 'ro') this.readwrite = false;
    else if (at.text === 'rw' || at.text === 'w' || at.text === '') this.readwrite = true;
    else this.fail(at, 'unknown value for access', at.text, `Unknown access mode "${at.text}"; use r, ro, w or rw`, 'xl/disk-bad-access');
  }

  /** `vdev:cdrom` / `vdev:disk`, the old way to give the device type. */
  vdevAndDevtype(at: Piece): boolean {
    const colon = at.text.lastIndexOf(':');
    if (colon < 0) return false;
    const vdev: Piece = { text: at.text.slice(0, colon), start: at.start, end: at.start + colon };
    const type: Piece = { text: at.text.slice(colon + 1), start: at.start + colon + 1, end: at.end };
    this.saveString('vdev', vdev);
    this.field('vdev', undefined, vdev);
    if (type.text === 'cdrom') this.isCdrom = true;
    else if (type.text === 'disk') this.isCdrom = false;
    else {
      this.fail(type, 'unknown deprecated type', type.text, `Unknown device type "${type.text}" after the colon; use cdrom or disk`, 'xl/disk-bad-devtype');
      return true;
    }
    this.report.hint(this.text, { text: '', start: vdev.end, end: at.end }, 'xl/disk-deprecated-devtype',
      `The "${vdev.text}:${type.text}" form is deprecated; write "devtype=${type.text}" as its own parameter.`);
    return true;
  }
}

/** yytext without its trailing comma, as STRIP(',') does. */
function stripped(s: string, token: DiskToken): Piece {
  const end = token.end > token.start && s[token.end - 1] === ',' ? token.end - 1 : token.end;
  return { text: s.slice(token.start, end), start: token.start, end };
}

function splitAtEquals(piece: Piece): { key: Piece; value: Piece } {
  const at = piece.text.indexOf('=');
  return {
    key: { text: piece.text.slice(0, at), start: piece.start, end: piece.start + at },
    value: { text: piece.text.slice(at + 1), start: piece.start + at + 1, end: piece.end },
  };
}

function handlePositional(item: DiskItem, part: Piece): boolean {
  if (item.failed) return true;
  if (item.target === undefined) {
    item.saveString('target', part);
    item.field('target', undefined, part);
  } else if (!item.hadDeprecatedPrefix && item.format === undefined) {
    if (item.target === '' && item.vdevAndDevtype(part)) item.format = 'empty';
    else {
      item.setFormat(part);
      item.field('format', undefined, part);
    }
  } else if (item.vdev === undefined) {
    if (!item.vdevAndDevtype(part)) {
      item.saveString('vdev', part);
      item.field('vdev', undefined, part);
    }
  } else if (!item.accessSet) {
    item.accessSet = true;
    item.setAccess(part);
    item.field('access', undefined, part);
  } else {
    item.fail(part, 'too many positional parameters', part.text, `Unexpected extra part "${part.text}": all four positional parts (target, format, vdev, access) are already given`, 'xl/disk-too-many-positional');
    return false;
  }
  return true;
}

/** Applies one token; returns false when xl stops scanning the item. */
function apply(item: DiskItem, text: SpecText, report: SpecReport, token: DiskToken): boolean {
  const s = text.value;
  const yytext = stripped(s, token);
  const { rule } = token;
  switch (rule) {
    case 'blank': case 'direct-io-safe': case 'discard': case 'no-discard': case 'colo': case 'no-colo':
    case 'trusted': case 'untrusted': case 'grant_usage-1': case 'grant_usage-0':
      if (rule.startsWith('grant_usage')) {
        const { key, value } = splitAtEquals(yytext);
        item.field(key.text, key, value);
      } else if (rule !== 'blank') item.field(rule, yytext, yytext);
      return true;
    case 'cdrom': item.isCdrom = true; item.field('cdrom', yytext, yytext); return true;
    case 'devtype-cdrom': case 'devtype-disk': {
      const { key, value } = splitAtEquals(yytext);
      item.isCdrom = rule === 'devtype-cdrom';
      item.field('devtype', key, value);
      return true;
    }
    case 'devtype-other': {
      const { value } = splitAtEquals(yytext);
      item.fail(value, 'unknown value for type', s.slice(token.start, token.end), `Unknown devtype "${value.text}"; only cdrom (or disk) is accepted`, 'xl/disk-bad-devtype');
      return true;
    }
    case 'positional': return handlePositional(item, yytext);
    case 'unknown-parameter': {
      let end = token.start;
      while (end < s.length && s[end] !== ',') end++;
      const whole: Piece = { text: s.slice(token.start, end), start: token.start, end };
      const key = whole.text.slice(0, whole.text.indexOf('='));
      item.fail(whole, 'unknown parameter', s.slice(token.start, token.end), `Unknown disk parameter "${key}".${didYouMean(key, keyNames)}`, 'xl/disk-unknown-key');
      return true;
    }
    case 'prefix-format': case 'prefix-script': case 'prefix-ignored': {
      const name: Piece = { text: yytext.text.slice(0, -1), start: yytext.start, end: yytext.end - 1 };
      item.hadDeprecatedPrefix = true;
      if (rule === 'prefix-format') {
        item.setFormat(name);
        item.field('format', undefined, name);
        report.hint(text, yytext, 'xl/disk-deprecated-prefix', `The "${yytext.text}" prefix is deprecated; write "format=${name.text}" as its own parameter.`);
      } else if (rule === 'prefix-script') {
        item.saveString('script', { ...name, text: `block-${name.text}` });
        item.field('script', undefined, name);
        report.hint(text, yytext, 'xl/disk-deprecated-prefix', `The "${yytext.text}" prefix is deprecated; write "script=${name.text}" as its own parameter.`);
      } else {
        report.warning(text, yytext, 'xl/disk-ignored-prefix', `xl strips the "${yytext.text}" prefix and ignores it; the backend is chosen from the target (use backendtype= to force one).`);
      }
      return true;
    }
    case 'prefix-unknown':
      item.fail(yytext, 'unknown deprecated disk prefix', yytext.text, `"${yytext.text}" is not a known disk prefix; to use a colon in the target write it as target=…`, 'xl/disk-unknown-prefix');
      return false;
    case 'bad-syntax': {
      const at: Piece = { text: s.slice(token.start, token.end), start: token.start, end: token.end };
      if (at.end === s.length && at.text.length === 1) {
        // flex reaches the end of input before the error rule can match, so xl says nothing
        report.warning(text, at, 'xl/disk-ignored-trailing', `xl silently ignores the "${at.text}" at the end of this disk specification`);
        return false;
      }
      item.fail(at, 'bad disk syntax', at.text, `Cannot read the disk specification from here (a key must be lowercase letters, digits and "-", followed by "=")`);
      return false;
    }
    default:
      return applyKeyValue(item, rule, yytext);
  }
}

function applyKeyValue(item: DiskItem, rule: string, yytext: Piece): boolean {
  const { key, value } = splitAtEquals(yytext);
  item.field(key.text, key, value);
  switch (rule) {
    case 'format': item.setFormat(value); break;
    case 'access': item.setAccess(value); break;
    case 'backendtype': setChoice(item, 'backend', 'backendtype', value, backendTypes); break;
    case 'specification': setChoice(item, 'specification', 'specification', value, specifications); break;
    case 'colo-port':
      if (atoi(value.text) === 0) item.fail(value, 'unknown value for colo_port', value.text, `colo-port must be a non-zero number`, 'xl/disk-bad-colo-port');
      break;
    case 'target':
      item.saveString('target', value);
      break;
    default:
      item.saveString(key.text, value);
  }
  return true;
}

function setChoice(item: DiskItem, member: string, key: string, value: Piece, allowed: readonly string[]): void {
  if (!allowed.includes(value.text)) {
    item.fail(value, `unknown value for ${key}`, value.text, `Unknown ${key} "${value.text}"; use ${allowed.join(', ')}.${didYouMean(value.text, allowed)}`, `xl/disk-bad-${key}`);
    return;
  }
  item.setEnum(member, value.text, value);
}

function analyseItem(text: SpecText, report: SpecReport): void {
  const item = new DiskItem(text, report);
  const s = text.value;
  let pos = 0;
  while (pos < s.length) {
    const token = nextDiskToken(s, pos);
    if (!token) break;
    const keepGoing = apply(item, text, report, token);
    pos = token.rule === 'unknown-parameter' ? skipField(s, token.end) : token.end;
    if (!keepGoing) break;
  }
  const whole: Piece = { text: s, start: 0, end: s.length };
  if (!item.failed) {
    if (item.vdev === undefined) {
      item.fail(whole, 'no vdev specified', undefined, 'This disk has no vdev: say how the guest sees it, e.g. vdev=xvda', 'xl/disk-missing-vdev');
    } else if (item.target === undefined && !item.isCdrom) {
      item.fail(whole, 'no target specified (and device not removable)', undefined, 'This disk has no target; give a path (or mark it as cdrom)', 'xl/disk-missing-target');
    } else if (vdevNumber(item.vdev) === -1) {
      report.error(text, item.vdevPiece, 'xl/disk-bad-vdev',
        `"${item.vdev}" is not a device name libxl knows (xvdX, hdX, sdX, dNpM or a number, see xen-vbd-interface(7)); the domain fails to build (libxl: Invalid or unsupported virtual disk identifier ${item.vdev})`);
    }
  }
  const cdrom = item.isCdrom;
  const target = item.target ?? '';
  const format = cdrom && target === '' ? 'empty' : item.format ?? 'raw';
  const vdev = item.vdev ?? '';
  const facts = { vdev, target, format, access: item.readwrite && !cdrom ? 'rw' : 'ro', cdrom: cdrom ? '1' : '0' };
  const source = target === '' ? (cdrom ? 'empty cdrom' : '?') : ellipsis(target);
  report.item(text, item.fields, `${vdev || '?'} ← ${source}${cdrom && target !== '' ? ' (cdrom)' : ''}`, facts);
}

/** After an unknown parameter xl's later output is noise; resume at the next field. */
function skipField(s: string, from: number): number {
  if (from > 0 && s[from - 1] === ',') return from;
  let end = from;
  while (end < s.length && s[end] !== ',') end++;
  return Math.min(s.length, end + 1);
}

export function analyseDisk(value: XlValue): SpecAnalysis {
  const report = new SpecReport();
  for (const text of listTexts(value)) analyseItem(text, report);
  return report.result();
}
