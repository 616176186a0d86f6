/**
 * Finds English sentences in text meant to be French: what test/i18n/french-output.e2e.test.ts runs over every
 * command and format. Data is not language: the brand file's own strings, ids, keys, file paths, URLs, flags, code
 * and quoted values are taken out first; what remains is flagged where English function words cluster ("not
 * measured", "Answer in", "the file has 2 errors"), which a French sentence never does.
 */
import { parseAllDocuments } from 'yaml';

/** English words that are not also French words (no "on", "a", "but", "an", "son", "plan", "source", "score"). */
const FUNCTION_WORDS = new Set(`the and of for with is are not to your this that no per about from by be has have was were will can
  cannot should must which when what whose its it or at into than then there their they we you our only all any each every more
  most been does did do if how why who these those also in out up without within between after before over under here would
  could may might isn't doesn't don't can't won't didn't wasn't aren't it's there's here's let's`.split(/\s+/));

/** Words of smscore's English that a French text has no reason to hold. */
const CONTENT_WORDS = new Set(`measured scored unscored answer answers answered unanswered channel channels file files checked passed
  failed fails fail skipped missing found written unchanged opened closed rows kept rejected period error errors warning
  warnings notice notices hint threshold below above left brand brands followers week weeks month months year years days none
  nothing overall summary readiness report baseline waiver waivers expired regression change changes default example see run
  rerun use used need needs read write shown hidden show lists list open questions' pillar pillars weight weights benchmark
  benchmarks unsourced convention quarter about roughly median good poor needs-work excellent total average
  reach engagement rate rates count counts share shares views clicks comments likes posts post saves replies reviews`.split(/\s+/));

export interface Finding {
  /** The line as it was printed. */
  line: string;
  /** The English words that flagged it. */
  words: string[];
}

/** Strings (values and keys) of YAML files: data a report may quote, in whatever language it was written. */
export function dataValuesOfYaml(text: string): string[] {
  const out = new Set<string>();
  const walk = (node: unknown): void => {
    if (typeof node === 'string') out.add(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        out.add(k);
        walk(v);
      }
    }
  };
  for (const doc of parseAllDocuments(text)) {
    try {
      walk(doc.toJS({ maxAliasCount: 100 }));
    } catch {
      // an invalid file's data: what parsed is enough
    }
  }
  return [...out];
}

/** `value` taken out of `text` wherever it stands as whole words (not "posts" out of "postsWith"). */
function cut(text: string, value: string): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + 1)) {
    const before = text[at - 1];
    const after = text[at + value.length];
    if ((before !== undefined && /\w/.test(before) && /^\w/.test(value)) || (after !== undefined && /\w/.test(after) && /\w$/.test(value))) continue;
    out += text.slice(from, at) + ' ';
    from = at + value.length;
    at = from - 1;
  }
  return out + text.slice(from);
}

/**
 * Texts taken out of a whole output even where a terminal wrapped them over several lines (any run of white space
 * between their words); the line breaks stay, so that lines keep their numbers. `found`: whether any was there.
 */
export function withoutTexts(text: string, texts: readonly string[]): { text: string; found: boolean } {
  let found = false;
  let out = text;
  for (const value of texts) {
    const words = value.trim().split(/\s+/).filter((w) => w !== '');
    if (words.length === 0) continue;
    const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
    out = out.replace(pattern, (whole) => {
      found = true;
      return whole.replace(/[^\n]/g, ' ');
    });
  }
  return { text: out, found };
}

/** A line with the data taken out: what is left is smscore's own words. */
export function withoutData(line: string, data: readonly string[]): string {
  let s = line;
  // Data values first, longest first, so that a sentence of the brand's is taken out whole.
  for (const value of data) {
    for (const part of value.split('\n')) {
      const p = part.trim();
      if ((p.length >= 4 || (p.length >= 2 && /\s/.test(p))) && s.includes(p)) s = cut(s, p);
    }
  }
  return s
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/"[^"\n]*"/g, ' ')
    .replace(/(^|[\s(])'[^'\n]*'(?=[\s),.:;]|$)/g, '$1 ')
    // paths, file names, flags, ids, keys, pointers: anything with / \ . _ - [ ] digits or inner capitals inside a token
    .replace(/\S*[/\\]\S*/g, ' ')
    .replace(/--?[\w-]+/g, ' ')
    .replace(/\b[\w’']*[._\d[\]=@#$%][\w.’'[\]=@#$%-]*/g, ' ')
    .replace(/\b\w+-[\w-]+\b/g, ' ')
    .replace(/\b[a-z]+[A-Z]\w*\b/g, ' ')
    // lists of names ("followers, posts, reach, …"): keys or values, not sentences
    .replace(/\b[\w-]+(?:,\s*[\w-]+){2,}\b/g, ' ')
    // YAML keys at the start of a line ("  role: …"), as in the catalog's examples
    .replace(/^\s*(?:-\s+)?[\w-]+\s*:(\s|$)/, ' ');
}

/** The English words of a line (data taken out), if they cluster as they do in an English sentence. */
export function englishWords(line: string, data: readonly string[] = []): string[] | undefined {
  const words = withoutData(line, data).toLowerCase().match(/[a-zà-ÿœæ’']+/g) ?? [];
  const kind = words.map((w) => {
    const word = w.replace(/’/g, '\'');
    return FUNCTION_WORDS.has(word) ? 'f' : CONTENT_WORDS.has(word) ? 'c' : '';
  });
  // A window of five words: two English words, one of them a function word, or three English words.
  for (let i = 0; i < words.length; i++) {
    const window = kind.slice(i, i + 5);
    const english = window.filter((k) => k !== '').length;
    if ((english >= 2 && window.includes('f')) || english >= 3) {
      return words.filter((_, j) => kind[j] !== '');
    }
  }
  return undefined;
}

export function englishLines(text: string, data: readonly string[] = []): Finding[] {
  const findings: Finding[] = [];
  for (const line of text.split('\n')) {
    const words = englishWords(line, data);
    if (words) findings.push({ line, words });
  }
  return findings;
}

/**
 * Every string of a JSON document (keys are names, not text), one per line; but not a diagnostic's `args`: the
 * values its message was made from, for programs (a YAML parser's own words among them), where `message` is the text.
 * Nor the English half of a text the report gives in both languages, for programs that pick one: `en` beside `fr`
 * (a KPI's formula), `source` beside `sourceFr` (a benchmark's source) — the French half is checked.
 */
export function jsonStrings(text: string): string {
  const out: string[] = [];
  const bilingual = (node: Record<string, unknown>, key: string): boolean =>
    (key === 'en' && typeof node['fr'] === 'string') || (typeof node[`${key}Fr`] === 'string');
  const walk = (node: unknown): void => {
    if (typeof node === 'string') out.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) if (key !== 'args' && !bilingual(node as Record<string, unknown>, key)) walk(value);
    }
  };
  walk(JSON.parse(text));
  return out.join('\n');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: '\u00a0', '#39': '\'' };

/** The text of HTML or XML as a reader sees it: text nodes, and the attributes people read (title, alt, messages). */
export function markupText(markup: string): string {
  const attributes: string[] = [];
  const body = markup
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '\n')
    .replace(/<!--[\s\S]*?-->/g, '\n')
    .replace(/<[^>]+>/g, (tag) => {
      for (const m of tag.matchAll(/\s(title|alt|aria-label|message|type|placeholder|content)="([^"]*)"/g)) attributes.push(m[2]!);
      return '\n';
    });
  return [body, ...attributes].join('\n').replace(/&(#?\w+);/g, (whole, name: string) => {
    if (ENTITIES[name]) return ENTITIES[name]!;
    if (/^#x[0-9a-f]+$/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (/^#\d+$/.test(name)) return String.fromCodePoint(Number(name.slice(1)));
    return whole;
  });
}

/** GitHub workflow commands: the title and the message people read, decoded. */
export function annotationText(text: string): string {
  const decode = (s: string) => s.replace(/%0A/g, '\n').replace(/%0D/g, '').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  return text.split('\n').map((line) => {
    const m = /^::(\w+)(?: (.*?))?::(.*)$/.exec(line);
    if (!m) return line;
    const title = /(?:^|,)title=([^,]*)/.exec(m[2] ?? '');
    return `${title ? decode(title[1]!) : ''}\n${decode(m[3]!)}`;
  }).join('\n');
}
