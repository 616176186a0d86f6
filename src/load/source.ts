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

/**
 * Aliases under the count limit can still repeat a large value: a hundred aliases of a 50,000-key map make five
 * million nodes for every consumer that walks the data. The nodes all aliases add, counted as expanded, stay
 * under this; a brand file that reuses an audience block in a few channels adds some hundreds.
 */
export const MAX_ALIAS_NODES = 10_000;

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
  // A .json file that JSON refuses (a trailing comma, a comment) would be read as YAML, which accepts them: say so.
  if (/\.json$/i.test(file)) {
    const offset = jsonErrorOffset(text);
    if (offset !== undefined) {
      const diagnostic: Diagnostic = { severity: 'error', code: 'load.invalid-json', args: { renameToYaml: 1 }, location: { file, ...linePosition(text)(offset) }, pointer: '' };
      return { file, text, data: undefined, diagnostics: [diagnostic], locate: () => ({ file, line: 1, col: 1 }), has: () => false };
    }
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
  // uniqueKeys: the library compares each key with every earlier one of its mapping (20,000 keys took 25 s);
  // duplicateKeys() below finds the same ones with a set.
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: true });
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

  const collectionKeys: number[] = [];
  for (const d of list) {
    for (const e of d.errors) {
      // An unclosed [ or { is reported where the parser gave up, as an indentation problem: say what is unclosed,
      // where it opened.
      const flow = e.code === 'BAD_INDENT' ? /^Flow (map|sequence) in block collection must be sufficiently indented and end with/.exec(e.message) : null;
      if (flow) {
        const bracket = flow[1] === 'map' ? '{' : '[';
        const opened = unclosedOpener(text, e.pos[0], bracket);
        diagnostics.push({ severity: 'error', code: 'yaml.unclosed-flow', args: { bracket }, location: at(opened ?? e.pos[0]), pointer: '' });
        continue;
      }
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
    const keys = checkKeys(d.contents);
    for (const offset of keys.duplicates) {
      diagnostics.push({ severity: 'error', code: 'yaml.duplicate-key', args: { key: duplicateKeyName(text, offset) }, location: at(offset), pointer: '' });
    }
    collectionKeys.push(...keys.collections);
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
      // Aliases are checked on the syntax tree before any data exists: a recursive one would make a cycle that
      // every later walk of the data (schema, previews, JSON, answers) would loop on or overflow with.
      const aliasProblem = checkAliases(doc);
      if (aliasProblem) {
        diagnostics.push({ severity: 'error', code: aliasProblem.code, args: aliasProblem.args, location: at(aliasProblem.offset), pointer: '' });
      } else if (collectionKeys.length > 0) {
        // A mapping or a list used as a key (`? { name: X }`) has no meaning in a brand file: JavaScript would make
        // a text of it, and the yaml library would print a Node warning on stderr while doing so.
        for (const offset of collectionKeys) {
          diagnostics.push({ severity: 'error', code: 'yaml.collection-key', args: {}, location: at(offset), pointer: '' });
        }
      } else try {
        // checkAliases bounds their count and what they add, so the library's own count (a different measure) is off.
        data = doc.toJS({ maxAliasCount: -1 });
      } catch (err) {
        // Aliases were checked above; what is left is a YAML 1.1 merge key (<<) naming a value that is not a mapping.
        const message = (err as Error).message;
        diagnostics.push(/^Merge sources/.test(message)
          ? { severity: 'error', code: 'yaml.bad-merge', args: {}, location: at(Math.max(0, text.search(/<<[ \t]*:/))), pointer: '' }
          : { severity: 'error', code: 'yaml.alias', args: { detail: message, max: MAX_ALIAS_COUNT }, location: at(0), pointer: '' });
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

/**
 * Where each repeated key of every mapping starts (its second and later uses), as the library's `uniqueKeys` would
 * report them (scalar keys equal by value and type), with one set per mapping instead of a scan of its keys; and
 * where each key that is itself a mapping or a list starts.
 */
function checkKeys(root: unknown): { duplicates: number[]; collections: number[] } {
  const { isCollection, isMap, isPair, isScalar } = yamlLib();
  const duplicates: number[] = [];
  const collections: number[] = [];
  const walk = (node: unknown): void => {
    if (!isCollection(node)) return;
    const seen = isMap(node) ? new Set<unknown>() : undefined;
    for (const item of node.items) {
      if (isPair(item)) {
        const key = item.key;
        // NaN is never equal to itself, as the library's `===` has it.
        if (seen && isScalar(key) && !Number.isNaN(key.value)) {
          if (seen.has(key.value)) duplicates.push(key.range?.[0] ?? 0);
          else seen.add(key.value);
        }
        if (isCollection(key)) collections.push(key.range?.[0] ?? 0);
        walk(key);
        walk(item.value);
      } else {
        walk(item);
      }
    }
  };
  walk(root);
  return { duplicates, collections };
}

interface AliasProblem { code: 'yaml.unknown-alias' | 'yaml.recursive-alias' | 'yaml.alias-expansion' | 'yaml.alias'; args: Record<string, string | number>; offset: number }

/**
 * One walk of the syntax tree in document order, resolving each alias as YAML does (to the latest anchor of that
 * name before it): an alias to no anchor, an alias inside the node it names, and aliases that together would add
 * more than MAX_ALIAS_NODES nodes (each anchored node's expanded size counted once, so the walk stays linear).
 */
function checkAliases(doc: Document): AliasProblem | undefined {
  const { isAlias, isCollection, isPair } = yamlLib();
  const anchors = new Map<string, unknown>();
  const sizes = new Map<unknown, number>();
  const open = new Set<unknown>();
  let aliases = 0;
  let added = 0;
  let problem: AliasProblem | undefined;
  const size = (node: unknown): number => {
    if (problem || node === null || node === undefined) return 0;
    if (isAlias(node)) {
      const offset = node.range?.[0] ?? 0;
      const target = anchors.get(node.source);
      if (target === undefined) { problem = { code: 'yaml.unknown-alias', args: { anchor: node.source }, offset }; return 0; }
      if (open.has(target)) { problem = { code: 'yaml.recursive-alias', args: { anchor: node.source }, offset }; return 0; }
      if (++aliases > MAX_ALIAS_COUNT) { problem = { code: 'yaml.alias', args: { max: MAX_ALIAS_COUNT }, offset }; return 0; }
      const n = sizes.get(target) ?? 1;
      added += n;
      if (added > MAX_ALIAS_NODES) problem = { code: 'yaml.alias-expansion', args: { max: MAX_ALIAS_NODES }, offset };
      return n;
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) anchors.set(anchor, node);
    let n = 1;
    if (isCollection(node)) {
      open.add(node);
      for (const item of node.items) {
        if (isPair(item)) n += size(item.key) + size(item.value);
        else n += size(item);
      }
      open.delete(node);
    }
    if (anchor) sizes.set(node, n);
    return n;
  };
  size(doc.contents);
  return problem;
}

/** Where the unclosed bracket that the parser gave up on at `offset` opened: brackets are counted back from there. */
function unclosedOpener(text: string, offset: number, bracket: '{' | '['): number | undefined {
  const close = bracket === '{' ? '}' : ']';
  let depth = 0;
  for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
    const c = text[i];
    if (c === close) depth++;
    else if (c === bracket) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
}

/**
 * A JSON-only file (a baseline report): its data, or a located diagnostic where JSON.parse stops. No positions are
 * kept for the data, so it costs what JSON.parse costs.
 */
export function parseJson(file: string, text: string): { ok: true; data: unknown } | { ok: false; diagnostic: Diagnostic } {
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch (err) {
    const offset = jsonOffsetOf(err, text);
    return { ok: false, diagnostic: { severity: 'error', code: 'load.invalid-json', args: {}, location: { file, ...linePosition(text)(offset) }, pointer: '' } };
  }
}

/** The offset where JSON.parse stops on the text, or undefined when it is valid JSON. */
function jsonErrorOffset(text: string): number | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (err) {
    return jsonOffsetOf(err, text);
  }
}

function jsonOffsetOf(_err: unknown, text: string): number {
  // V8's message gives the position on some versions only (Node 20 says `Unexpected token ']', ..."2,]"...`):
  // the text is scanned again for where it stops being JSON.
  return jsonSyntaxErrorAt(text) ?? text.length;
}

const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * The offset of the first character that breaks JSON's grammar, or undefined for valid JSON. Iterative (a stack
 * of open brackets), so deep input cannot overflow; run only on text JSON.parse refused.
 */
export function jsonSyntaxErrorAt(s: string): number | undefined {
  const n = s.length;
  let i = 0;
  const stack: number[] = [];
  const ws = (): void => {
    for (let c = s.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13; c = s.charCodeAt(++i));
  };
  /** A string at i: true past its closing quote, false with i at the offending character. */
  const str = (): boolean => {
    if (s.charCodeAt(i) !== 34) return false;
    for (i++; i < n;) {
      const c = s.charCodeAt(i);
      if (c === 34) { i++; return true; }
      if (c < 0x20) return false;
      if (c === 92) {
        const e = s[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          i += 2;
        } else {
          return false;
        }
        continue;
      }
      i++;
    }
    return false;
  };
  const key = (): boolean => {
    ws();
    if (!str()) return false;
    ws();
    if (s[i] !== ':') return false;
    i++;
    return true;
  };
  let expectValue = true;
  let emptyList = false;
  for (;;) {
    ws();
    if (expectValue) {
      const c = s.charCodeAt(i);
      if (emptyList && c === 93 /* ] */) { stack.pop(); i++; expectValue = false; emptyList = false; continue; }
      emptyList = false;
      if (c === 123 /* { */) {
        i++;
        ws();
        if (s.charCodeAt(i) === 125) { i++; expectValue = false; continue; }
        stack.push(123);
        if (!key()) return i;
        continue;
      }
      if (c === 91 /* [ */) { stack.push(91); i++; emptyList = true; continue; }
      if (c === 34) {
        if (!str()) return Math.min(i, n);
      } else if (s.startsWith('true', i)) {
        i += 4;
      } else if (s.startsWith('false', i)) {
        i += 5;
      } else if (s.startsWith('null', i)) {
        i += 4;
      } else {
        JSON_NUMBER.lastIndex = i;
        const m = JSON_NUMBER.exec(s);
        if (!m) return i;
        i += m[0].length;
      }
      expectValue = false;
      continue;
    }
    if (stack.length === 0) return i < n ? i : undefined;
    const c = s.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (c === 44 /* , */) {
      i++;
      if (top === 123 && !key()) return i;
      expectValue = true;
      continue;
    }
    if ((c === 125 && top === 123) || (c === 93 && top === 91)) { stack.pop(); i++; continue; }
    return i;
  }
}

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
