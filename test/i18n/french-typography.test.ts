/**
 * French typography wherever French is printed or generated (issue 22): a narrow no-break space (U+202F) before
 * ; ! ? and a no-break space (U+00A0) before : and inside « » (src/i18n/typography.ts). Scanned: every French
 * message of every dictionary (read from the sources, so no dictionary is forgotten), the catalog's French texts,
 * the generated French docs, and what `audit --lang fr` prints for the shipped examples as text, Markdown and HTML.
 * Code is not French prose and is left out: `code`, fenced blocks, URLs, YAML keys (« smscore: 1 »); the answer examples
 * (<pre>, YAML) are checked for the French prose of their values.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import ts from 'typescript';
import { parse } from 'yaml';
import { exampleIn, loadCatalog } from '../../src/questions/index.js';
import { example, ROOT, runCli } from '../support/cli.js';

// ------------------------------------------------------------------------------------------------ the check

/** Keys of the brand file, configuration and packs: before a colon with no space, they are YAML, not prose. */
const KEYS = new Set<string>(['smscore']);
for (const schema of ['brand', 'config', 'question']) {
  const collect = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(collect);
    else if (n !== null && typeof n === 'object') {
      for (const [k, v] of Object.entries(n)) {
        if (k === 'properties' && v !== null && typeof v === 'object') Object.keys(v).forEach((key) => KEYS.add(key));
        collect(v);
      }
    }
  };
  collect(JSON.parse(readFileSync(join(ROOT, 'schemas', `${schema}.schema.json`), 'utf8')));
}

/** Code inside prose: Markdown code, URLs, file:line:col, times, YAML keys. Replaced by a neutral word. */
function withoutCode(text: string): string {
  return text
    .replace(/(`{3,})[^]*?\1/g, ' CODE ')
    .replace(/`[^`\n]*`/g, 'CODE')
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s<>"»)]*/gi, 'URL')
    .replace(/\b\d{1,2}:\d{2}\b/g, 'TIME');
}

/** The places in a French text where the typography is wrong, each with a little of its context. */
export function typographyProblems(original: string): string[] {
  const text = withoutCode(original);
  const out: string[] = [];
  const at = (i: number, what: string): void => {
    out.push(`${what}: …${text.slice(Math.max(0, i - 30), i + 10).replace(/\u00a0/g, '⍽').replace(/\u202f/g, '·')}…`);
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    if (';!?'.includes(ch)) {
      // The end of a phrase, not `?a=b` or `!important`.
      if (after !== '' && !/[\s"'’»)\]]/.test(after)) continue;
      if (before === '\u202f') continue;
      if (before === '\u00a0') at(i, `U+00A0 instead of U+202F before ${ch}`);
      else if (before === ' ' || before === '\t') at(i, `plain space before ${ch}`);
      else if (/[\p{L}\p{N})»]/u.test(before)) at(i, `no space before ${ch}`);
    } else if (ch === ':') {
      if (after !== '' && !/[\s"'’»)]/.test(after)) continue;
      if (before === '\u00a0') continue;
      if (before === '\u202f') at(i, 'U+202F instead of U+00A0 before :');
      else if (before === ' ' || before === '\t') at(i, 'plain space before :');
      else if (/[\p{L})»]/u.test(before)) {
        const head = text.slice(0, i);
        const word = /[\p{L}\p{N}_.<>{}*&$-]+$/u.exec(head)?.[0] ?? '';
        // Code, not prose: a key of the file formats, an id or a path (`file:line`, `<<:`), a key at the start of a
        // YAML line or map entry, or anything quoted in guillemets (« smscore: 1 », « a: b »).
        if (KEYS.has(word) || /[\d._<>{}*&$-]|[a-z][A-Z]/.test(word) || word.length === 1) continue;
        if (new RegExp(`(?:^|\\n)\\s*(?:- )?${word}$|[{,]\\s*${word}$`).test(head)) continue;
        if (head.lastIndexOf('«') > head.lastIndexOf('»')) continue;
        at(i, 'no space before :');
      }
    } else if (ch === '«') {
      if (after !== '\u00a0') at(i, after === ' ' ? 'plain space after «' : 'no U+00A0 after «');
    } else if (ch === '»') {
      if (before !== '\u00a0') at(i, before === ' ' ? 'plain space before »' : 'no U+00A0 before »');
    }
  }
  return out;
}

/** HTML as the reader sees it: no tags, <style> or <svg>, entities decoded. */
function htmlText(html: string): string {
  return html
    .replace(/<(style|script|code|svg)\b[^]*?<\/\1>/g, ' CODE ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&nbsp;/g, '\u00a0').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

// ------------------------------------------------------------------------------------------------ dictionaries

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'generated' ? [] : sourceFiles(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

/**
 * The French texts of the sources: every string and template text in the value of a variable or property named `fr`
 * (or *_FR, *Fr), or in the French branch of `locale === 'fr' ? … : …`. Template texts are checked piece by piece: the
 * outputs below check what the pieces make once filled.
 */
function frenchLiterals(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const isFr = (n: ts.Node): boolean => ts.isStringLiteral(n) && n.text === 'fr';
    const test = (n: ts.Node, op: ts.SyntaxKind): boolean => ts.isBinaryExpression(n) && n.operatorToken.kind === op && (isFr(n.left) || isFr(n.right));
    const visit = (n: ts.Node, french: boolean): void => {
      if (french && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n))) {
        const { line } = sf.getLineAndCharacterOfPosition(n.getStart(sf));
        out.push({ where: `${file.slice(ROOT.length)}:${line + 1}`, text: n.text });
      }
      if (ts.isConditionalExpression(n)) {
        const eq = test(n.condition, ts.SyntaxKind.EqualsEqualsEqualsToken);
        const ne = test(n.condition, ts.SyntaxKind.ExclamationEqualsEqualsToken);
        if (eq || ne) {
          visit(n.whenTrue, french || eq);
          visit(n.whenFalse, french || ne);
          return;
        }
      }
      const named = (ts.isPropertyAssignment(n) || ts.isVariableDeclaration(n)) && (ts.isIdentifier(n.name) || ts.isStringLiteral(n.name));
      const init = named && (n.name.text === 'fr' || /_FR$|[a-z]Fr$/.test(n.name.text)) ? n.initializer : undefined;
      ts.forEachChild(n, (c) => visit(c, french || c === init));
    };
    visit(sf, false);
  }
  return out;
}

// ------------------------------------------------------------------------------------------------ the tests

describe('French typography', () => {
  test('the checker: what it refuses and what it lets through', () => {
    expect(typographyProblems('Pourquoi\u202f? Parce que\u00a0: «\u00a0oui\u00a0»\u202f; bien\u202f!')).toEqual([]);
    expect(typographyProblems('Pourquoi ? a : b « c » d ; e !').length).toBe(6 + 0);
    expect(typographyProblems('Pourquoi? Exemple: non')).toHaveLength(2);
    expect(typographyProblems('Pourquoi\u00a0? a\u202f: b')).toHaveLength(2);
    // Code is not prose.
    expect(typographyProblems('voir https://example.org/a?b=c, `a ? b : c`, « smscore: 1 »'.replace(/« smscore: 1 »/, '«\u00a0smscore: 1\u00a0»'))).toEqual([]);
    expect(typographyProblems('à 12:30, brand.yaml:3:5, schema.enum: x, channels[0].role: y')).toEqual([]);
    expect(typographyProblems('budget:\n  byChannel: { instagram: 500, blog: 200 }\n  - id: x')).toEqual([]);
    // A French word before a colon is prose, even when it has no accent.
    expect(typographyProblems('Répondre dans: channels[0].role')).toEqual(['no space before :: …Répondre dans: channels…']);
  });

  test('every French message of every dictionary', () => {
    const literals = frenchLiterals();
    expect(literals.length).toBeGreaterThan(500);
    const problems = literals.flatMap(({ where, text }) => typographyProblems(text).map((p) => `${where}  ${p}`));
    expect(problems).toEqual([]);
  });

  test('the catalog\'s French texts: sections, questions, reasons, sources and the French examples\' prose', () => {
    const catalog = loadCatalog();
    const texts: [string, string][] = [
      ...catalog.sections.flatMap((s) => [[s.id, s.title.fr], [s.id, s.description?.fr ?? '']] as [string, string][]),
      ...catalog.questions.flatMap((q) => [
        [q.id, q.question.fr], [q.id, q.why.fr], ...q.sources.flatMap((s) => [[q.id, s.article], ...(s.section ? [[q.id, s.section]] : [])]),
        ...strings(parse(exampleIn(q, 'fr'))).map((s) => [`${q.id} (example)`, s]),
      ] as [string, string][]),
    ];
    expect(texts.flatMap(([id, text]) => typographyProblems(text).map((p) => `${id}  ${p}`))).toEqual([]);
  });

  test('the generated French docs', () => {
    const docs = readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.fr.md'));
    expect(docs).toContain('questions.fr.md');
    for (const f of docs) {
      const text = readFileSync(join(ROOT, 'docs', f), 'utf8').replace(/<!--[^]*?-->/g, '');
      expect([f, typographyProblems(text)]).toEqual([f, []]);
    }
  });

  describe.each(['boulangerie-martin.yaml', 'maison-lumiere.yaml'])('audit --lang fr of examples/%s', (name) => {
    test.each(['text', 'markdown', 'html'])('as %s', (format) => {
      const run = runCli(['audit', example(name), '--lang', 'fr', '--format', format, ...(format === 'text' ? ['--verbose'] : [])], { env: { COLUMNS: '100' } });
      expect(run.stderr).toBe('');
      // The answer examples are checked too: their keys are code (KEYS), their values French prose.
      expect(typographyProblems(format === 'html' ? htmlText(run.stdout) : run.stdout)).toEqual([]);
    });
  });

  test.each(['many-problems.yaml', 'enum-did-you-mean.yaml', 'unknown-key-typo.yaml', 'syntax-error.yaml', 'tab-indent.yaml', 'wrong-type.yaml'])(
    'validate --lang fr of test/fixtures/invalid/%s: its diagnostics and hints', (name) => {
      const run = runCli(['validate', '--lang', 'fr', join('test', 'fixtures', 'invalid', name)], { env: { COLUMNS: '200' } });
      expect(run.status).toBe(2);
      // The quoted source lines are the file's own text.
      expect(typographyProblems(run.stdout.replace(/^ +\d+ \|.*$/gm, ''))).toEqual([]);
    },
  );

  test('smscore questions --lang fr', () => {
    const run = runCli(['questions', '--lang', 'fr']);
    expect(run.status).toBe(0);
    expect(typographyProblems(run.stdout)).toEqual([]);
  });
});

function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (v !== null && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}
