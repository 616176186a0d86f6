/**
 * Parses YAML text into data while keeping every node's position, so that any problem found later, by the
 * schema, the semantic checks or the question catalog, can point at file:line:col.
 */
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import type { DataPath, Diagnostic, Position, SourceLocation } from '../model/diagnostic.js';
import { toPointer } from '../model/diagnostic.js';

/** Aliases are legitimate YAML, but expanding thousands of them is how "billion laughs" files exhaust memory. */
export const MAX_ALIAS_COUNT = 100;

/**
 * A brand file nests about six levels deep. Far deeper input is hostile or broken, and deep enough input makes
 * recursive parsers overflow their stack, so it is refused before parsing, with its location.
 */
export const MAX_DEPTH = 64;

export interface ParsedSource {
  file: string;
  text: string;
  /** The data as plain JavaScript values; undefined when the text could not be parsed into one document. */
  data: unknown;
  diagnostics: Diagnostic[];
  /** Where a path lives in the text; falls back to its nearest existing parent. */
  locate(path: DataPath, target?: 'key' | 'value'): SourceLocation;
  /** True when the path exists in the document. */
  has(path: DataPath): boolean;
}

export function parseSource(file: string, text: string): ParsedSource {
  const tooDeep = findExcessiveNesting(text);
  if (tooDeep !== undefined) {
    const lc = new LineCounter();
    lc.addNewLine(0);
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lc.addNewLine(i + 1);
    const diagnostic: Diagnostic = { severity: 'error', code: 'load.too-deep', args: { max: MAX_DEPTH }, location: { file, ...lc.linePos(tooDeep) }, pointer: '' };
    return { file, text, data: undefined, diagnostics: [diagnostic], locate: () => ({ file, line: 1, col: 1 }), has: () => false };
  }
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number): SourceLocation => ({ file, ...lineCounter.linePos(offset) });

  const list = Array.isArray(docs) ? docs : [];
  const doc: Document | undefined = list[0];

  const locateIn = (d: Document | undefined, path: DataPath, target: 'key' | 'value' = 'value'): SourceLocation => {
    let node: unknown = d?.contents ?? null;
    let best: Node | null = isNode(node) ? node : null;
    let keyNode: Node | null = null;
    for (const step of path) {
      keyNode = null;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
        if (!pair) break;
        keyNode = isNode(pair.key) ? pair.key : null;
        node = pair.value;
      } else if (isSeq(node) && /^\d+$/.test(String(step))) {
        node = node.items[Number(step)];
      } else {
        break;
      }
      if (isNode(node)) best = node;
      else if (keyNode) { best = keyNode; break; }
      else break;
    }
    const chosen = target === 'key' && keyNode ? keyNode : best;
    const range = chosen?.range;
    if (!range) return { file, line: 1, col: 1 };
    const start: Position = lineCounter.linePos(range[0]);
    const end: Position = lineCounter.linePos(range[1]);
    return { file, line: start.line, col: start.col, end };
  };

  const hasIn = (d: Document | undefined, path: DataPath): boolean => {
    if (!d) return false;
    return d.hasIn(path as unknown[]);
  };

  if (list.length === 0 || !doc) {
    diagnostics.push({ severity: 'error', code: 'load.empty', args: {}, location: at(0), pointer: '' });
    return { file, text, data: undefined, diagnostics, locate: (p, t) => locateIn(undefined, p, t), has: () => false };
  }

  for (const d of list) {
    for (const e of d.errors) {
      // An unclosed quote is reported at the end of the file; the user needs the place where it opened.
      const quote = e.code === 'MISSING_CHAR' ? /Missing closing (["'])quote/.exec(e.message)?.[1] : undefined;
      const offset = quote ? Math.max(0, text.lastIndexOf(quote, e.pos[0] - 1)) : e.pos[0];
      diagnostics.push({
        severity: 'error',
        code: e.code === 'DUPLICATE_KEY' ? 'yaml.duplicate-key' : 'yaml.syntax',
        args: e.code === 'DUPLICATE_KEY'
          ? { key: duplicateKeyName(text, e.pos[0]) }
          : { detail: e.message, yamlCode: e.code },
        location: at(offset),
        pointer: '',
      });
    }
    for (const w of d.warnings) {
      diagnostics.push({
        severity: 'warning', code: 'yaml.warning', args: { detail: w.message, yamlCode: w.code }, location: at(w.pos[0]), pointer: '',
      });
    }
  }
  if (list.length > 1) {
    const second = list[1]!;
    diagnostics.push({
      severity: 'error', code: 'load.multiple-documents', args: { count: list.length },
      location: at(second.range[0]), pointer: '',
    });
  }

  const syntaxBroken = diagnostics.some((d) => d.severity === 'error' && d.code !== 'yaml.duplicate-key');
  let data: unknown;
  if (!syntaxBroken) {
    if (doc.contents === null) {
      diagnostics.push({ severity: 'error', code: 'load.empty', args: {}, location: at(0), pointer: '' });
    } else {
      try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      } catch (err) {
        // The yaml library throws ReferenceError on excessive aliases and on unresolved ones.
        diagnostics.push({
          severity: 'error', code: 'yaml.alias', args: { detail: (err as Error).message, max: MAX_ALIAS_COUNT },
          location: at(0), pointer: '',
        });
      }
    }
  }
  return {
    file, text, data, diagnostics,
    locate: (p, t) => locateIn(doc, p, t),
    has: (p) => hasIn(doc, p),
  };
}

export { toPointer };

/** The key text at a duplicate-key error: from the position to the colon that ends the key. */
function duplicateKeyName(text: string, offset: number): string {
  const rest = text.slice(offset, offset + 200);
  const m = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:\n]*?)\s*:(?:\s|$)/.exec(rest);
  return (m?.[1] ?? rest.split('\n')[0] ?? '').trim();
}

/**
 * The offset where nesting first goes beyond MAX_DEPTH, by flow brackets ([ {) or by indentation, or undefined.
 * A cheap scan that skips quoted text and comments; it errs towards letting the parser decide.
 */
export function findExcessiveNesting(text: string): number | undefined {
  let depth = 0;
  let lineStart = true;
  let indent = 0;
  // Indentation of 2 spaces per level is usual; allow generous slack before calling it too deep.
  const maxIndent = MAX_DEPTH * 4;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (lineStart) {
      if (c === ' ') { indent++; if (indent > maxIndent) return i; continue; }
      lineStart = false;
    }
    if (c === '\n') { lineStart = true; indent = 0; continue; }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i);
      if (end === -1) break;
      i = end - 1;
      continue;
    }
    if (c === '"' || c === "'") {
      // Skip a quoted scalar (a doubled '' or an escaped \" stays inside).
      for (i++; i < text.length; i++) {
        if (c === '"' && text[i] === '\\') { i++; continue; }
        if (text[i] === c) {
          if (c === "'" && text[i + 1] === "'") { i++; continue; }
          break;
        }
      }
      continue;
    }
    if (c === '[' || c === '{') {
      depth++;
      if (depth > MAX_DEPTH) return i;
    } else if ((c === ']' || c === '}') && depth > 0) {
      depth--;
    }
  }
  return undefined;
}
