/**
 * Tells a brand file from the other YAML a strategy repository holds (question packs, import mappings, CI
 * workflows, pre-commit configurations) by its top-level keys, read from the text without parsing it: a folder
 * scan looks at every YAML file, and parsing them all would cost as much as auditing them. A brand file has a
 * top-level `smscore:` key (schemas/brand.schema.json requires it).
 *
 * The scan reads the first YAML document: comments, directives and a `---` before the first key are skipped, a
 * block mapping's keys are the lines at its own indentation (block scalars and nested values are indented
 * further), and a flow mapping or JSON object is read with its strings and brackets counted.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { OPEN_FLAGS, readText } from './read-text.js';

/** The brand file's top-level keys (schemas/brand.schema.json; a test keeps the two in step). */
export const BRAND_KEYS: readonly string[] = [
  'smscore', 'brand', 'audience', 'period', 'previous', 'strategy', 'objectives', 'scoring', 'channels', 'competitors',
  'listening', 'organisation', 'plans', 'community', 'answers',
];

/** What a YAML file that is not a brand file looks like, to say how to use it instead. */
export type OtherKind = 'pack' | 'config' | 'mapping' | 'other';

export type Sniffed =
  /** Has a top-level `smscore:` key. */
  | { kind: 'brand' }
  /** A mapping with keys, none of them `smscore`. `brandLike`: some of them are a brand file's keys. */
  | { kind: 'not-brand'; looksLike: OtherKind; brandLike: boolean; keys: string[] }
  /** Nothing to go by: empty, comments only, a list, a scalar, or text the scan cannot read. */
  | { kind: 'unknown' }
  /** Not readable as text (missing, binary, too large…): the loader says why when the file is audited. */
  | { kind: 'unreadable' };

export function sniffBrandText(text: string): Sniffed {
  const keys = topLevelKeys(text);
  if (keys === undefined || keys.length === 0) return { kind: 'unknown' };
  if (keys.includes('smscore')) return { kind: 'brand' };
  return { kind: 'not-brand', looksLike: otherKind(keys), brandLike: keys.some((k) => BRAND_KEYS.includes(k)), keys };
}

export function sniffBrandFile(file: string): Sniffed {
  // Most brand files say `smscore: 1` in their first lines: their first few KB settle it, for a fraction of the
  // cost of reading and decoding the whole file. The rest are read whole.
  if (brandByHead(file)) return { kind: 'brand' };
  const read = readText(file);
  return read.ok ? sniffBrandText(read.text) : { kind: 'unreadable' };
}

const HEAD_BYTES = 8192;
let headBuffer: Buffer | undefined;

/** True when the file's first complete lines (plain UTF-8) have a top-level `smscore:` key. */
function brandByHead(file: string): boolean {
  let fd: number | undefined;
  try {
    // Opened as readText opens files: a FIFO must not block the scan, nor a device be read.
    fd = openSync(file, OPEN_FLAGS);
    if (!fstatSync(fd).isFile()) return false;
    const head = (headBuffer ??= Buffer.allocUnsafe(HEAD_BYTES));
    const n = readSync(fd, head, 0, HEAD_BYTES, 0);
    // UTF-16 and binary files go the long way, which decodes or refuses them.
    if (n >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return false;
    if (head.subarray(0, n).includes(0)) return false;
    let text = head.toString('utf8', 0, n);
    if (n === HEAD_BYTES) text = text.slice(0, text.lastIndexOf('\n') + 1);
    return topLevelKeys(text, 'smscore')?.includes('smscore') === true;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function otherKind(keys: readonly string[]): OtherKind {
  const has = (k: string) => keys.includes(k);
  if (has('questions') || has('sections')) return 'pack';
  if (has('version') && ['thresholds', 'waivers', 'ignore', 'packs', 'overrides', 'benchmarks', 'lang'].some(has)) return 'config';
  if (has('columns')) return 'mapping';
  return 'other';
}

/**
 * The first document's top-level keys; [] for an empty document; undefined when it is not a mapping (a list, a
 * scalar). Plain, single- and double-quoted keys are read; `? ` complex keys are not (no brand file has one).
 * `stopAt`: a block mapping's keys stop at this one.
 */
export function topLevelKeys(text: string, stopAt?: string): string[] | undefined {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split(/\r\n|\r|\n/);
  let i = 0;
  let started = false; // a `---` was seen
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (!started && line.startsWith('%')) continue; // %YAML, %TAG directives
    if (line.startsWith('---') && (line.length === 3 || /\s/.test(line[3]!))) {
      if (started) return [];
      started = true;
      const rest = line.slice(3).trim();
      if (rest === '' || rest.startsWith('#')) continue;
      if (rest.startsWith('{')) return flowKeys(lines.slice(i).join('\n'), lines[i]!.indexOf('{'));
      return undefined; // a scalar or a tagged node on the `---` line
    }
    if (line.startsWith('...')) return [];
    break;
  }
  if (i >= lines.length) return [];
  const first = lines[i]!;
  const indent = first.length - first.trimStart().length;
  const content = first.slice(indent);
  if (content.startsWith('{')) return flowKeys(lines.slice(i).join('\n'), indent);
  if (content.startsWith('[') || content === '-' || content.startsWith('- ')) return undefined;
  const keys: string[] = [];
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('---') && (line.length === 3 || /\s/.test(line[3]!))) break;
    if (line.startsWith('...') && (line.length === 3 || /\s/.test(line[3]!))) break;
    const lead = line.length - line.trimStart().length;
    if (lead !== indent) continue;
    const key = blockKey(line.slice(indent));
    if (key === undefined) continue;
    keys.push(key);
    if (key === stopAt) break;
  }
  return keys;
}

/** The key of a `key: value` line (plain or quoted), or undefined for anything else. */
function blockKey(s: string): string | undefined {
  if (s.startsWith('#')) return undefined;
  if (s.startsWith('"') || s.startsWith("'")) {
    const q = quoted(s, 0);
    if (q === undefined) return undefined;
    return /^[ \t]*:(?:[ \t]|$)/.test(s.slice(q.end)) ? q.value : undefined;
  }
  // Not a key: an indicator (list item, anchor, tag, flow collection, block scalar, directive…).
  if (/^[#[\]{}&*!|>%@`,]/.test(s) || /^[-?:](?:[ \t]|$)/.test(s)) return undefined;
  const colon = /:(?:[ \t]|$)/.exec(s);
  if (!colon) return undefined;
  const key = s.slice(0, colon.index);
  // `a #b: c` is the plain scalar `a` and a comment.
  return /[ \t]#/.test(key) ? undefined : key.trimEnd();
}

/** A quoted scalar starting at `at`: its value (escapes kept simple) and the index after the closing quote. */
function quoted(s: string, at: number): { value: string; end: number } | undefined {
  const q = s[at];
  let value = '';
  for (let i = at + 1; i < s.length; i++) {
    const c = s[i]!;
    if (q === '"' && c === '\\') {
      value += s[i + 1] ?? '';
      i++;
    } else if (c === q) {
      if (q === "'" && s[i + 1] === "'") {
        value += "'";
        i++;
      } else {
        return { value, end: i + 1 };
      }
    } else {
      value += c;
    }
  }
  return undefined;
}

/** The keys at depth 1 of a flow mapping (or JSON object) that opens at `start`. */
function flowKeys(text: string, start: number): string[] {
  const keys: string[] = [];
  let depth = 0;
  let expectKey = false;
  for (let i = start; i < text.length;) {
    const c = text[i]!;
    if (c === '{' || c === '[') {
      depth++;
      expectKey = depth === 1 && c === '{';
      i++;
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth <= 0) return keys;
      i++;
    } else if (c === ',') {
      expectKey = depth === 1;
      i++;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl;
    } else if (/\s/.test(c) || c === ':') {
      i++;
    } else if (c === '"' || c === "'") {
      const q = quoted(text, i);
      if (!q) return keys;
      if (expectKey && /^\s*:/.test(text.slice(q.end, q.end + 64))) keys.push(q.value);
      expectKey = false;
      i = q.end;
    } else {
      // A plain scalar: up to a flow indicator, or a colon followed by a space or an indicator.
      let j = i;
      while (j < text.length && !/[,{}[\]\n]/.test(text[j]!) && !(text[j] === ':' && /[\s,{}[\]]|^$/.test(text[j + 1] ?? ''))) j++;
      if (expectKey && text[j] === ':') keys.push(text.slice(i, j).trim());
      expectKey = false;
      i = Math.max(j, i + 1);
    }
  }
  return keys;
}
