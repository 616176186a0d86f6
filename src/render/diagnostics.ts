/** Diagnostics as a compiler would print them: location, severity, message, source excerpt, hint, data path. */
import type { Locale } from '../i18n/translate.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { diagnosticHint, diagnosticMessage } from '../validate/messages.js';
import { printable } from '../util/printable.js';
import { tCi } from './ci-messages.js';
import { plainStyle, type Style } from './style.js';
import { clip, wrap } from './text-wrap.js';

export interface DiagnosticRenderOptions {
  locale: Locale;
  style?: Style;
  /** Source text by file name, for excerpts. */
  sources?: ReadonlyMap<string, string>;
  /** Terminal width: messages are wrapped to it, source lines cut around the column they point at. */
  width?: number;
}


/** A text's lines by number (1-based), split as /\r?\n/ would: the line starts are indexed once per text. */
type LineLookup = (line: number) => string | undefined;

export function lineLookup(text: string): LineLookup {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (line) => {
    if (!Number.isInteger(line) || line < 1 || line > starts.length) return undefined;
    const end = line < starts.length ? starts[line]! - 1 : text.length;
    const s = text.slice(starts[line - 1], end);
    return line < starts.length && s.endsWith('\r') ? s.slice(0, -1) : s;
  };
}

export function renderDiagnostic(d: Diagnostic, options: DiagnosticRenderOptions, lookups?: Map<string, LineLookup>): string {
  const style = options.style ?? plainStyle;
  const { file, line, col } = d.location;
  const label = tCi(options.locale, `diagnostic.${d.severity}`);
  const sev = d.severity === 'error' ? style.red(style.bold(label)) : style.yellow(style.bold(label));
  const width = options.width ?? 80;
  // The file's name, the source line and the data path come from the input: shown through printable().
  const where = `${printable(file)}:${line}:${col}`;
  // Laid out plain, then coloured piece by piece, so colour never changes where a line breaks.
  const head = wrap(`${where}  ${label}  ${diagnosticMessage(options.locale, d.code, d.args)}  (${d.code})`, width, '', '    ');
  const lines = head.map((l, i) => {
    let out = l;
    if (i === 0 && out.startsWith(where)) out = style.bold(where) + colourLabel(out.slice(where.length), label, sev);
    return out.endsWith(`(${d.code})`) ? out.slice(0, -d.code.length - 2) + style.dim(`(${d.code})`) : out;
  });
  const text = options.sources?.get(file);
  if (text !== undefined) {
    // Indexed once per file, not split again for each diagnostic: thousands of them made this quadratic.
    let lookup = lookups?.get(file);
    if (!lookup) { lookup = lineLookup(text); lookups?.set(file, lookup); }
    lines.push(...excerpt(lookup, line, col, d.location.end, style, width));
  }
  const hint = diagnosticHint(options.locale, d.code, d.args);
  if (hint) {
    const hintLabel = tCi(options.locale, 'diagnostic.hint') + ':';
    lines.push(...wrap(`${hintLabel} ${hint}`, width, '    ', '      ').map((l, i) => (i === 0 ? l.replace(hintLabel, style.cyan(hintLabel)) : l)));
  }
  if (d.pointer) lines.push(...wrap(`${tCi(options.locale, 'diagnostic.at')} ${printable(d.pointer)}`, width, '    ', '      ').map((l) => style.dim(l)));
  return lines.join('\n');
}

/** Colours the severity label where it stands in the first line: the text around it is unchanged. */
function colourLabel(rest: string, label: string, coloured: string): string {
  const at = rest.indexOf(label);
  return at < 0 ? rest : rest.slice(0, at) + coloured + rest.slice(at + label.length);
}

export function renderDiagnostics(list: readonly Diagnostic[], options: DiagnosticRenderOptions): string {
  const lookups = new Map<string, LineLookup>();
  return list.map((d) => renderDiagnostic(d, options, lookups)).join('\n\n');
}

/**
 * The offending line, the one before it for context, and a caret under the node. A line wider than the terminal
 * is cut, around the column pointed at when that column is far to the right.
 */
function excerpt(lineAt: LineLookup, line: number, col: number, end: { line: number; col: number } | undefined, style: Style, width: number): string[] {
  const target = lineAt(line);
  if (target === undefined) return [];
  const gutter = String(line).length;
  const room = Math.max(10, width - (2 + gutter + 3));
  // Where the shown part of the lines starts: 0, or far enough that the caret is on screen.
  const start = col - 1 < room - 10 ? 0 : col - 1 - Math.floor(room / 3);
  const show = (s: string) => {
    const expanded = s.replace(/\t/g, '→');
    const shown = start > 0 ? '…' + printable(expanded.slice(start + 1)) : printable(expanded);
    return clip(shown, room);
  };
  const fmt = (n: number, s: string) => `  ${style.dim(String(n).padStart(gutter) + ' |')} ${show(s)}`;
  const out: string[] = [];
  const before = lineAt(line - 1);
  if (before !== undefined && before.trim() !== '') out.push(fmt(line - 1, before));
  out.push(fmt(line, target));
  // The caret under the node, counted in what printable() shows (\x1b takes four columns, not one).
  const widened = (from: number, to: number) => { const raw = target.slice(from, to); return printable(raw).length - raw.length; };
  const at = col - 1 - start + widened(start > 0 ? start + 1 : 0, col - 1);
  const span = end && end.line === line ? end.col - col + widened(col - 1, end.col - 1) : 1;
  const caretLength = Math.max(1, Math.min(span, 60, room - at));
  out.push(`  ${' '.repeat(gutter)} ${style.dim('|')} ${' '.repeat(at)}${style.red('^'.repeat(caretLength))}`);
  return out;
}
