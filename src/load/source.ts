/**
 * Parses YAML text into data while keeping every node's position, so that any problem found later, by the
 * schema, the semantic checks or the question catalog, can point at file:line:col.
 */
import type { Document, Node } from 'yaml';
import type { DataPath, Diagnostic, Position, SourceLocation } from '../model/diagnostic.js';
import { toPointer } from '../model/diagnostic.js';
import { looksLikeJson, readFastJson } from './fast-json.js';
import { readFastYaml, type FastNode } from './fast-yaml.js';
import { yamlLib } from './yaml-lib.js';

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

export interface ParseOptions {
  /** false: always use the `yaml` library (tests compare both readers; benchmarks time both). */
  fast?: boolean;
}

export function parseSource(file: string, text: string, options: ParseOptions = {}): ParsedSource {
  // The fast readers (YAML, and JSON for a text that opens with `{` or `[`) keep to the same limits, so what they
  // read is never too deep: the scan below is needed only for the rest.
  if (options.fast !== false) {
    const lf = withLineFeeds(text);
    const limits = { maxDepth: MAX_DEPTH, maxIndent: MAX_DEPTH * 4 };
    const fast = lf === undefined ? undefined : looksLikeJson(lf) ? readFastJson(lf, limits) : readFastYaml(lf, limits);
    if (fast) return fastSource(file, text, lf!, fast.data, fast.root);
  }
  const tooDeep = findExcessiveNesting(text);
  if (tooDeep !== undefined) {
    const diagnostic: Diagnostic = { severity: 'error', code: 'load.too-deep', args: { max: MAX_DEPTH }, location: { file, ...linePosition(text)(tooDeep) }, pointer: '' };
    return { file, text, data: undefined, diagnostics: [diagnostic], locate: () => ({ file, line: 1, col: 1 }), has: () => false };
  }
  return fullSource(file, text);
}

/**
 * The text with Windows line ends (CRLF) turned into LF, for the fast reader; undefined when a CR stands alone.
 * YAML reads CRLF as one line break, so the data are the same; and as CR only ever ends a line, every line and
 * column is the same in both texts (the library's positions count CR as the last column of its line).
 */
function withLineFeeds(text: string): string | undefined {
  if (!text.includes('\r')) return text;
  const lf = text.replace(/\r\n/g, '\n');
  return lf.includes('\r') ? undefined : lf;
}

/**
 * A file in the fast reader's subset: valid YAML by construction, so no diagnostics. `read` is the text the
 * reader was given (`text` with LF line ends): node offsets refer to it, lines and columns are the same in both.
 */
function fastSource(file: string, text: string, read: string, data: unknown, root: FastNode): ParsedSource {
  let linePos: ((offset: number) => Position) | undefined;
  const locate = (path: DataPath, target: 'key' | 'value' = 'value'): SourceLocation => {
    // The same walk as for the library's document below: nearest existing node, or the key when asked.
    let node: FastNode | undefined = root;
    let best = root;
    let keyRange: [number, number] | null = null;
    for (const step of path) {
      keyRange = null;
      if (node.keys) {
        const i = node.keys.indexOf(String(step));
        if (i === -1) break;
        keyRange = [node.keyStarts![i]!, node.keyEnds![i]!];
        node = node.items![i];
      } else if (node.items && /^\d+$/.test(String(step))) {
        node = node.items[Number(step)];
      } else {
        break;
      }
      if (!node) break;
      best = node;
    }
    const [start, end] = target === 'key' && keyRange ? keyRange : [best.start, best.end];
    linePos ??= linePosition(read);
    const at = linePos(start);
    return { file, line: at.line, col: at.col, end: linePos(end) };
  };
  return { file, text, data, diagnostics: [], locate, has: (path) => hasPath(data, path) };
}

/** Whether a path exists in plain data, as the library's `Document.hasIn` answers for the same document. */
function hasPath(data: unknown, path: DataPath): boolean {
  if (path.length === 0) return true;
  let value = data;
  for (const step of path) {
    if (Array.isArray(value)) {
      const i = typeof step === 'number' ? step : Number(step);
      if (!Number.isInteger(i) || i < 0 || i >= value.length || (typeof step === 'string' && step === '')) return false;
      value = value[i];
    } else if (value !== null && typeof value === 'object') {
      // The library matches a mapping key by value: a number never finds a text key.
      if (typeof step === 'number') return false;
      if (!Object.prototype.hasOwnProperty.call(value, step)) return false;
      value = (value as Record<string, unknown>)[step];
    } else {
      return false;
    }
  }
  return true;
}

/** 1-based line and column of an offset, as the library's LineCounter gives them. */
function linePosition(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, col: 1 };
    return { line: low, col: offset - starts[low - 1]! + 1 };
  };
}

/** Any other file: the `yaml` library, which also words every syntax error. */
function fullSource(file: string, text: string): ParsedSource {
  const { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseAllDocuments } = yamlLib();
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
  const n = text.length;
  // Character codes rather than one-character strings: this runs over every character of every file.
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (lineStart) {
      if (c === 32) { indent++; if (indent > maxIndent) return i; continue; }
      lineStart = false;
    }
    if (c === 10) { lineStart = true; indent = 0; continue; }
    if (c === 35 /* # */ && (i === 0 || isSpace(text.charCodeAt(i - 1)))) {
      const end = text.indexOf('\n', i);
      if (end === -1) break;
      i = end - 1;
      continue;
    }
    if (c === 34 /* " */ || c === 39 /* ' */) {
      // Skip a quoted scalar (a doubled '' or an escaped \" stays inside).
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (c === 34 && d === 92 /* \ */) { i++; continue; }
        if (d === c) {
          if (c === 39 && text.charCodeAt(i + 1) === 39) { i++; continue; }
          break;
        }
      }
      continue;
    }
    if (c === 91 /* [ */ || c === 123 /* { */) {
      depth++;
      if (depth > MAX_DEPTH) return i;
    } else if ((c === 93 || c === 125) && depth > 0) {
      depth--;
    }
  }
  return undefined;
}

/** What /\s/ matches, by character code. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
