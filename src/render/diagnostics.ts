/** Diagnostics as a compiler would print them: location, severity, message, source excerpt, hint, data path. */
import type { Locale } from '../i18n/translate.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { diagnosticHint, diagnosticMessage } from '../validate/messages.js';
import { plainStyle, type Style } from './style.js';

export interface DiagnosticRenderOptions {
  locale: Locale;
  style?: Style;
  /** Source text by file name, for excerpts. */
  sources?: ReadonlyMap<string, string>;
}

const LABEL = { en: { error: 'error', warning: 'warning' }, fr: { error: 'erreur', warning: 'avertissement' } } as const;
const HINT = { en: 'hint', fr: 'conseil' } as const;
const AT = { en: 'at', fr: 'à' } as const;

export function renderDiagnostic(d: Diagnostic, options: DiagnosticRenderOptions): string {
  const style = options.style ?? plainStyle;
  const { file, line, col } = d.location;
  const label = LABEL[options.locale][d.severity];
  const sev = d.severity === 'error' ? style.red(style.bold(label)) : style.yellow(style.bold(label));
  const lines = [`${style.bold(`${file}:${line}:${col}`)}  ${sev}  ${diagnosticMessage(options.locale, d.code, d.args)}  ${style.dim(`(${d.code})`)}`];
  const text = options.sources?.get(file);
  if (text !== undefined) lines.push(...excerpt(text, line, col, d.location.end, style));
  const hint = diagnosticHint(options.locale, d.code, d.args);
  if (hint) lines.push(`    ${style.cyan(HINT[options.locale] + ':')} ${hint}`);
  if (d.pointer) lines.push(`    ${style.dim(`${AT[options.locale]} ${d.pointer}`)}`);
  return lines.join('\n');
}

export function renderDiagnostics(list: readonly Diagnostic[], options: DiagnosticRenderOptions): string {
  return list.map((d) => renderDiagnostic(d, options)).join('\n\n');
}

/** The offending line, the one before it for context, and a caret under the node. */
function excerpt(text: string, line: number, col: number, end: { line: number; col: number } | undefined, style: Style): string[] {
  const all = text.split(/\r?\n/);
  const target = all[line - 1];
  if (target === undefined) return [];
  const width = String(line).length;
  const fmt = (n: number, s: string) => `  ${style.dim(String(n).padStart(width) + ' |')} ${clip(s)}`;
  const out: string[] = [];
  const before = all[line - 2];
  if (before !== undefined && before.trim() !== '') out.push(fmt(line - 1, before));
  out.push(fmt(line, target));
  const caretLength = end && end.line === line ? Math.max(1, Math.min(end.col - col, 60)) : 1;
  const pad = ' '.repeat(Math.min(col - 1, 120));
  out.push(`  ${' '.repeat(width)} ${style.dim('|')} ${pad}${style.red('^'.repeat(caretLength))}`);
  return out;
}

function clip(s: string): string {
  const expanded = s.replace(/\t/g, '→');
  return expanded.length > 160 ? expanded.slice(0, 157) + '…' : expanded;
}
