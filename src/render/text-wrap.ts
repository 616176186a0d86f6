/**
 * Text laid out for a terminal of a given width: word wrapping, measured in the columns a terminal shows (colour
 * escapes take none, combining marks none, wide CJK characters and emoji two), so that coloured and plain output
 * break at the same places.
 */

/** A colour or style escape (SGR), or any other control sequence a terminal does not print. */
const ESCAPE = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;
const SGR = /^\x1b\[([0-9;]*)m$/;

export function stripAnsi(text: string): string {
  return text.replace(ESCAPE, '');
}

/** Columns one code point takes. */
function charWidth(cp: number): number {
  // The common case first: Latin letters, punctuation, and the arrows, boxes and shapes the reports draw.
  if (cp >= 0x20 && cp < 0x7f) return 1;
  if (cp >= 0xa0 && cp < 0x300) return 1;
  if (cp >= 0x2010 && cp < 0x2060) return 1;
  if (cp >= 0x2190 && cp < 0x2c00) return 1;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0x2060 || cp === 0xfeff) return 0;
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef)) return 0;
  if (COMBINING.test(String.fromCodePoint(cp))) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd)
  ) return 2;
  return 1;
}
const COMBINING = /^\p{M}$/u;

/** The columns a string takes on screen. */
export function visibleWidth(text: string): number {
  // Reports are laid out a word at a time, for every file of a run: this is on the hot path.
  const plain = text.includes('\x1b') ? stripAnsi(text) : text;
  let n = 0;
  for (let i = 0; i < plain.length; i++) {
    const c = plain.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) n++;
    else {
      const cp = plain.codePointAt(i)!;
      if (cp > 0xffff) i++;
      n += charWidth(cp);
    }
  }
  return n;
}

/** The sequence that ends what an SGR sequence started (bold and dim share one). */
function closerOf(params: string): string {
  const code = Number(params.split(';')[0]);
  if (code === 1 || code === 2) return '\x1b[22m';
  if (code === 3 || code === 4 || code === 7 || code === 9) return `\x1b[${code + 20}m`;
  if ((code >= 30 && code <= 38) || (code >= 90 && code <= 97)) return '\x1b[39m';
  if ((code >= 40 && code <= 48) || (code >= 100 && code <= 107)) return '\x1b[49m';
  return '\x1b[0m';
}
const CLOSERS = new Set(['\x1b[0m', '\x1b[m', '\x1b[22m', '\x1b[23m', '\x1b[24m', '\x1b[27m', '\x1b[29m', '\x1b[39m', '\x1b[49m']);

/** The styles open after `text`, given those open before it. */
function trackStyles(open: readonly string[], text: string): string[] {
  let now = [...open];
  for (const seq of text.match(ESCAPE) ?? []) {
    const m = SGR.exec(seq);
    if (!m) continue;
    if (seq === '\x1b[0m' || seq === '\x1b[m') now = [];
    else if (CLOSERS.has(seq)) now = now.filter((o) => closerOf(SGR.exec(o)![1]!) !== seq);
    else now.push(seq);
  }
  return now;
}

const closeAll = (open: readonly string[]) => [...open].reverse().map((o) => closerOf(SGR.exec(o)![1]!)).join('');

/** Characters after which a long path, URL or identifier breaks most readably. */
const BREAK_AFTER = new Set(['/', '\\', '-', '_', '.', ',', ':', '@', '?', '&', '=']);

/**
 * Splits a word too long for a line: the head fits in `room` columns, ending after a separator (a slash first)
 * when one falls in its second half. Escapes stay with the text they precede.
 */
function splitWord(word: string, room: number): [string, string] {
  const parts = word.split(/(\x1b\[[0-9;?]*[ -/]*[@-~])/);
  let width = 0;
  let cut = -1;
  let lastBreak = -1;
  let lastSlash = -1;
  let offset = 0;
  outer: for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 1) { offset += part.length; continue; }
    for (const ch of part) {
      const w = charWidth(ch.codePointAt(0)!);
      if (width + w > room && width > 0) { cut = offset; break outer; }
      width += w;
      offset += ch.length;
      if (BREAK_AFTER.has(ch) && width >= room / 2) {
        if (ch === '/' || ch === '\\') lastSlash = offset;
        else lastBreak = offset;
      }
    }
  }
  if (cut < 0) return [word, ''];
  let at = lastSlash > 0 ? lastSlash : lastBreak > 0 ? lastBreak : cut;
  // Never beside a no-break space (French « mot : », src/i18n/typography.ts): the cut moves back into the word it
  // holds, so no line ends with it and none starts with its punctuation.
  const held = (i: number): boolean => NO_BREAK.has(word[i - 1] ?? '') || NO_BREAK.has(word[i] ?? '');
  let back = at;
  while (back > 0 && held(back)) back--;
  if (back > 0) at = back;
  return [word.slice(0, at), word.slice(at)];
}

/** Spaces a line never breaks at: words are split at plain spaces and tabs only, and these stay inside words. */
const NO_BREAK = new Set(['\u00a0', '\u202f', '\u2007', '\u2060']);

/** Punctuation that must not start a line (French puts a space before it), and operators: they stay with the word before. */
const GLUE_BACK = /^[:;!?»%·▲●✖○=+−×/→]+$/;
/** After an opening guillemet or a tight operator, the next word stays on the same line: "« bonnes", "3 × 81". */
const GLUE_ON = /(?:«|^[×/])$/;
/** A number, or "(3", stays with the word after it: "12 open", "(0 critical)". */
const NUMBER = /^\(?[−+-]?\d[\d.,\u202f]*$/;
/** Glued words longer than this are left to break: a glue never makes a line overflow. */
const MAX_UNIT = 24;

/** A word, its width, and the spaces before it in the text (kept as they are when the two stay on one line). */
interface Word { space: string; text: string; width: number }

/** The words of a paragraph, without its leading spaces. */
function words(paragraph: string): Word[] {
  const parts = paragraph.split(/([ \t]+)/);
  const out: Word[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    if (parts[i] !== '') out.push({ space: out.length === 0 ? '' : parts[i - 1] ?? '', text: parts[i]!, width: visibleWidth(parts[i]!) });
  }
  return out;
}

/** Words as the wrapper places them: a few are glued to a neighbour (with their space) so a line never splits them. */
function units(list: readonly Word[]): Word[] {
  const out: Word[] = [];
  let prev = '';
  for (const word of list) {
    const plain = word.text.includes('\x1b') ? stripAnsi(word.text) : word.text;
    const last = out[out.length - 1];
    const glued = plain !== '' && (GLUE_BACK.test(plain) || GLUE_ON.test(prev) || (NUMBER.test(prev) && /^\p{L}/u.test(plain)));
    const width = last ? last.width + word.space.length + word.width : 0;
    if (last && glued && width <= MAX_UNIT) {
      last.text += word.space + word.text;
      last.width = width;
    } else out.push({ ...word });
    if (plain !== '') prev = plain;
  }
  return out;
}

/**
 * Word-wraps text to a width, keeping an indent (and a deeper one for continuation lines, if given). Words
 * longer than a line (paths, URLs) go on a line of their own and are broken, preferably after a separator.
 * Spaces between words that stay on one line are kept as they are (aligned columns stay aligned).
 * Colour escapes in the text are kept: a style open at a line break is closed at the end of the line and opened
 * again after the next line's indent, so each line stands on its own.
 */
export function wrap(text: string, width: number, indent = '', hanging = indent): string[] {
  const lines: string[] = [];
  let open: string[] = [];
  const indentWidth = visibleWidth(indent);
  for (const paragraph of text.split('\n')) {
    // Most paragraphs fit: the same line the loop below would make, without taking it apart.
    if (!paragraph.includes('\x1b')) {
      const trimmed = paragraph.replace(/^[ \t]+|[ \t]+$/g, '');
      if (trimmed !== '' && indentWidth + visibleWidth(trimmed) <= width) {
        lines.push(indent + trimmed);
        continue;
      }
    }
    let prefix = indent;
    let line = '';
    let lineWidth = 0;
    let pending = '';
    let pendingSpace = '';
    let prefixWidth = indentWidth;
    const room = () => Math.max(1, width - prefixWidth);
    const flush = () => {
      lines.push(prefix + line + closeAll(open));
      prefix = hanging;
      prefixWidth = visibleWidth(hanging);
      line = open.join('');
      lineWidth = 0;
    };
    const add = (piece: string, w: number) => {
      line += piece;
      lineWidth += w;
      if (piece.includes('\x1b')) open = trackStyles(open, piece);
    };
    for (const unit of units(words(paragraph))) {
      let word = pending + unit.text;
      let w = unit.width;
      // A bare escape (a colour that starts before a space) goes with the next word, and so does its space.
      if (w === 0) { pending = word; pendingSpace += unit.space; continue; }
      const space = pendingSpace + unit.space || ' ';
      pending = '';
      pendingSpace = '';
      if (lineWidth > 0 && lineWidth + space.length + w <= room()) { add(space + word, w + space.length); continue; }
      if (lineWidth > 0) flush();
      while (w > room()) {
        const [head, rest] = splitWord(word, room());
        add(head, visibleWidth(head));
        flush();
        word = rest;
        w = visibleWidth(rest);
      }
      add(word, w);
    }
    if (pending) add(pending, 0);
    lines.push(lineWidth === 0 ? (prefix + line).trimEnd() : prefix + line);
  }
  return lines;
}

/**
 * Fits a block of lines already laid out (a report, an explanation) to the width: a line that fits is kept as it
 * is; a longer one is wrapped, its continuation lines indented under its text (past a leading "- " bullet) and two
 * columns deeper, so that they read as the same item.
 */
export function fitLines(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      if (visibleWidth(line) <= width) return [line];
      const lead = /^(\s*)((?:[-•*] |\d+\. )?)/.exec(stripAnsi(line))!;
      const indent = lead[1]!;
      const hanging = ' '.repeat(Math.min(indent.length + (lead[2] ? lead[2].length : 2), Math.floor(width / 2)));
      return wrap(afterIndent(line, indent.length), width, indent, hanging);
    })
    .join('\n');
}

/** A line without its first `spaces` spaces; escapes among them are kept, in front of the text. */
function afterIndent(line: string, spaces: number): string {
  let escapes = '';
  let i = 0;
  let seen = 0;
  while (i < line.length && seen < spaces) {
    const m = line[i] === '\x1b' ? /^\x1b\[[0-9;?]*[ -/]*[@-~]/.exec(line.slice(i)) : null;
    if (m) {
      escapes += m[0];
      i += m[0].length;
      continue;
    }
    seen++;
    i++;
  }
  return escapes + line.slice(i);
}

/** Shortens plain text to at most `max` columns, ending with "…" when something was cut. */
export function clip(text: string, max: number): string {
  if (visibleWidth(text) <= max) return text;
  let out = '';
  let width = 0;
  for (const ch of text) {
    const w = charWidth(ch.codePointAt(0)!);
    if (width + w > max - 1) break;
    out += ch;
    width += w;
  }
  return out + '…';
}

/** Pads plain or coloured text with spaces to `width` columns (on the right, or on the left for `start`). */
export function pad(text: string, width: number, side: 'end' | 'start' = 'end'): string {
  const fill = ' '.repeat(Math.max(0, width - visibleWidth(text)));
  return side === 'end' ? text + fill : fill + text;
}
