/**
 * Issue 20, items 4 and 5: nothing a pull request can change (brand files, config, packs, exports, file names)
 * reaches a terminal, a CI log or a PR summary unescaped. Each text-producing command is run, built, on a
 * repository full of hostile values: no terminal control reaches standard output or error, no line can start a
 * GitHub workflow command (only `--format github`'s own annotations do), colour adds nothing but our own SGR codes,
 * and Markdown keeps the structure it has for plain values.
 */
import { describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture, runCli, type CliRun } from '../support/cli.js';

const HOSTILE = 'x\u001b]52;c;cHduZWQ=\u0007\u001b[2J\u009b31m\u202e\u2066\n  ::error file=a,line=1::pwned\r::warning::again\u2028::notice::third';

/** A repository where every value a run prints is hostile: brands, a config with a gate and a waiver, a pack, an export. */
function hostileRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'smscore-injection-'));
  mkdirSync(join(dir, 'brands'));
  copyFileSync(fixture('hostile', 'files', '60-terminal-escapes-in-values.yaml'), join(dir, 'brands', 'escapes.yaml'));
  copyFileSync(fixture('hostile', 'files', '62-markdown-injection.yaml'), join(dir, 'brands', 'markdown.yaml'));
  // An invalid file whose name itself carries an escape and a workflow command: printed on stderr in every format.
  writeFileSync(join(dir, 'brands', 'bad\u001b[31m\n::error::name.yaml'), 'smscore: 1\nbrand:\n  name: B\n  "ke\u001b[2Jy\\n::error::k": 1\n');
  const q = JSON.stringify(HOSTILE);
  writeFileSync(join(dir, 'pack.yaml'), [
    'questions:',
    '  - id: hostile-q',
    '    section: measurement',
    '    severity: critical',
    '    pillars: []',
    `    question: { en: ${JSON.stringify(`<script>alert(1)</script> ${HOSTILE} | row |`)}, fr: ${q} }`,
    `    why: { en: ${JSON.stringify(`# heading ${HOSTILE}`)}, fr: ${q} }`,
    '    answer:',
    '      path: answers.hostile-q',
    '      kind: text',
    // The example must parse as YAML: the hostile part sits in a comment, a fence's end and HTML first.
    `      example: ${JSON.stringify('answers:\n  hostile-q: x # ```\n# </pre><script>x</script> \u001b[2J\n')}`,
    `    sources: [${q}]`,
    '    answeredWhen: { check: answer }',
    '',
  ].join('\n'));
  writeFileSync(join(dir, 'smscore.config.yaml'), [
    'version: 1',
    'thresholds: { minScore: 60, failOn: critical }',
    'packs: [pack.yaml]',
    'waivers:',
    '  - question: channel-role',
    '    channel: forum',
    `    reason: ${q}`,
    '    expires: 2099-12-31',
    '',
  ].join('\n'));
  writeFileSync(join(dir, 'export.csv'), `date;${HOSTILE.replace(/[;\r\n]/g, ' ')};views\n2026-01-05;1;${HOSTILE.replace(/[;\r\n]/g, ' ')}\n2026-01-06;2;10\n`);
  writeFileSync(join(dir, 'map.yaml'), 'columns:\n  date: date\n  impressions: views\n');
  return dir;
}

const dir = hostileRepo();
const BAD = 'brands/bad\u001b[31m\n::error::name.yaml';

/** The commands that print text, each with its arguments. */
const RUNS: Record<string, string[]> = {
  'audit (text, gate, waivers, summary table)': ['audit', '.'],
  'audit --quiet': ['audit', '-q', '.'],
  'audit --verbose': ['audit', '-v', 'brands/escapes.yaml'],
  'audit markdown': ['audit', '-f', 'markdown', '.'],
  'audit github': ['audit', '-f', 'github', '.'],
  'audit junit': ['audit', '-f', 'junit', '.'],
  'audit html': ['audit', '-f', 'html', '.'],
  'audit sarif': ['audit', '-f', 'sarif', '.'],
  'audit json': ['audit', '-f', 'json', '.'],
  'validate': ['validate', '.'],
  'validate (invalid file only)': ['validate', BAD],
  'validate json': ['validate', '-f', 'json', '.'],
  'explain a brand': ['explain', 'brands/escapes.yaml'],
  'explain a brand, markdown': ['explain', '-f', 'markdown', 'brands/escapes.yaml'],
  'explain a pack question': ['explain', '--pack', 'pack.yaml', 'hostile-q'],
  'explain a pack question, French': ['explain', '--lang', 'fr', '--pack', 'pack.yaml', 'hostile-q'],
  'explain a pack question, markdown': ['explain', '-f', 'markdown', '--pack', 'pack.yaml', 'hostile-q'],
  'explain a pack question, json': ['explain', '-f', 'json', '--pack', 'pack.yaml', 'hostile-q'],
  'questions': ['questions', '--pack', 'pack.yaml'],
  'questions markdown': ['questions', '-f', 'markdown', '--pack', 'pack.yaml'],
  'import plan': ['import', 'generic', 'export.csv', '--mapping', 'map.yaml', '--into', 'brands/escapes.yaml', '--channel', 'forum', '--dry-run'],
};

// Terminal controls: C0 but tab and line feed, DEL, C1 (0x9b is an 8-bit CSI), bidi embeddings, overrides, isolates.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const SGR = /\u001b\[[0-9;]*m/g;

function expectNoControl(r: CliRun): void {
  for (const out of [r.stdout, r.stderr]) {
    const at = out.search(CONTROL);
    expect(at === -1 ? null : JSON.stringify(out.slice(Math.max(0, at - 40), at + 20))).toBeNull();
  }
}

/** GitHub runs a line that starts with `::` once leading white space is trimmed. Only ours may. */
function commandLines(text: string): string[] {
  return text.split('\n').filter((l) => /^\s*::/.test(l));
}

describe('hostile values through every text output (issue 20, item 4)', () => {
  const plain = new Map(Object.entries(RUNS).map(([name, args]) => [name, runCli(args, { cwd: dir, env: { COLUMNS: '100' } })]));

  test.each(Object.keys(RUNS))('%s: no control character, no workflow command of an input\'s making', (name) => {
    const r = plain.get(name)!;
    expect([0, 1, 2]).toContain(r.status);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at .+[(:]\d+/);
    expectNoControl(r);
    expect(commandLines(r.stderr)).toEqual([]);
    if (name === 'audit github') {
      const lines = commandLines(r.stdout);
      expect(lines.length).toBeGreaterThan(5);
      for (const l of lines) expect(l).toMatch(/^::(error|warning|notice) (file=[^,:]*,(line=\d+,col=\d+,)?)?title=[^:]*::/);
      // The hostile file name is in the file property, its escape and line break shown, never obeyed.
      expect(r.stdout).toContain('file=brands/bad\\x1b[31m⏎%3A\\x3aerror%3A\\x3aname.yaml,line=4');
    } else {
      expect(commandLines(r.stdout)).toEqual([]);
    }
  });

  test('the values are shown, not dropped: escapes as \\x1b, line breaks as ⏎, bidi overrides as \\u202e', () => {
    const text = plain.get('audit (text, gate, waivers, summary table)')!;
    expect(text.stdout).toContain('Clip\\x1b]52;c;cHduZWQ=\\x07 board\\x1b[2J\\x1b[H\\x9b31m\\x7f\\u202eevil\\u202c');
    expect(text.stdout).toContain('Q1⏎');
    // The waiver's reason, in the gate's text.
    expect(text.stdout).toMatch(/x\\x1b\]52;c;cHduZWQ=\\x07\\x1b\[2J\\x9b31m\\u202e\\u2066⏎/);
    // An invalid file's diagnostic on stderr: its name, the key and the echoed source line.
    const validate = plain.get('validate (invalid file only)')!;
    expect(validate.stdout).toContain('brands/bad\\x1b[31m⏎:\\x3aerror:\\x3aname.yaml:4:3');
    expect(validate.stdout).toContain('unknown key "ke\\x1b[2Jy⏎:\\x3aerror:\\x3ak"');
    expect(plain.get('questions')!.stdout).toContain('<script>alert(1)</script>');
    expect(plain.get('questions')!.stdout).toContain('x\\x1b]52;c;cHduZWQ=\\x07');
  });

  test.each(['audit (text, gate, waivers, summary table)', 'audit --verbose', 'validate', 'explain a brand', 'explain a pack question', 'questions', 'import plan'])(
    '%s with FORCE_COLOR=1: the only escapes are our SGR colour codes, and without them the text is the plain one',
    (name) => {
      const r = runCli(RUNS[name]!, { cwd: dir, env: { COLUMNS: '100', NO_COLOR: '', FORCE_COLOR: '1' } });
      const p = plain.get(name)!;
      expect(r.status).toBe(p.status);
      const stripped = { ...r, stdout: r.stdout.replace(SGR, ''), stderr: r.stderr.replace(SGR, '') };
      expectNoControl(stripped);
      expect(stripped.stdout).toBe(p.stdout);
      expect(stripped.stderr).toBe(p.stderr);
    },
  );

  test('the control-characters fixture (39) no longer reaches the terminal raw', () => {
    const r = runCli(['audit', fixture('hostile', 'files', '39-control-characters.yaml')]);
    expectNoControl(r);
    expect(r.stdout).toContain('bell\\x07 and escape\\x1b');
  });
});

/** The Markdown structure of a report: its headings, table rows, block quotes, list items and HTML tags. */
function structure(md: string) {
  const lines = md.split('\n');
  return {
    lines: lines.length,
    headings: lines.filter((l) => /^#{1,6} /.test(l)).length,
    rows: lines.filter((l) => l.startsWith('|')).map((l) => l.replace(/\\\|/g, '').split('|').length),
    quotes: lines.filter((l) => /^\s*>/.test(l)).length,
    items: lines.filter((l) => /^\s*([-+*]|\d+[.)]) /.test(l)).length,
    tags: md.match(/<\/?[a-z][^>]*>/gi) ?? [],
  };
}

describe('hostile values in Markdown (issue 20, item 5)', () => {
  const hostile = readFileSync(fixture('hostile', 'files', '62-markdown-injection.yaml'), 'utf8');
  // The same file with plain values: the structure every report must keep.
  const tame = hostile.replace(/^(\s+(?:name|label): ).*$/gm, '$1"Plain"');
  const tameDir = mkdtempSync(join(tmpdir(), 'smscore-md-'));
  writeFileSync(join(tameDir, 'b.yaml'), tame);
  writeFileSync(join(tameDir, 'h.yaml'), hostile);

  test.each([
    ['audit', ['audit', '-f', 'markdown']],
    ['explain', ['explain', '-f', 'markdown']],
  ])('%s --format markdown: as many headings, rows, columns, quotes and items as with plain values; no HTML of the input', (_name, args) => {
    const h = runCli([...args, 'h.yaml'], { cwd: tameDir });
    const b = runCli([...args, 'b.yaml'], { cwd: tameDir });
    expect(h.status).toBe(b.status);
    expect(structure(h.stdout)).toEqual(structure(b.stdout));
    expect(h.stdout).not.toMatch(/<(script|img)/i);
    // A link or an image would need an unescaped `](`.
    expect(h.stdout).not.toMatch(/(?<!\\)\]\(/);
    expect(h.stdout).toContain('&lt;img src=x onerror=alert(1)&gt;⏎# Heading⏎\\| a \\| b \\|⏎&gt; quote');
  });

  test('questions and explain of a pack question: the pack\'s text cannot add rows, blocks, HTML or a code fence end', () => {
    const list = runCli(['questions', '-f', 'markdown', '--pack', 'pack.yaml'], { cwd: dir });
    expect(list.status).toBe(0);
    const row = list.stdout.split('\n').filter((l) => l.includes('`hostile-q`'));
    expect(row).toHaveLength(1);
    expect(row[0]!.replace(/\\\|/g, '').split('|')).toHaveLength(6);
    expect(list.stdout).not.toMatch(/<script/);
    const one = runCli(['explain', '-f', 'markdown', '--pack', 'pack.yaml', 'hostile-q'], { cwd: dir });
    expect(one.status).toBe(0);
    expect(one.stdout).not.toMatch(/<script>alert/);
    // Outside the example's code block (where `# …` is a YAML comment), one heading.
    const [prose, example] = one.stdout.split(/^````yaml$/m);
    expect(prose!.split('\n').filter((l) => /^#{1,6} /.test(l))).toEqual(['## `hostile-q`']);
    expect(example).toContain('# </pre><script>x</script> \\x1b[2J');
    // The example's own ``` stays inside its block: the fence is longer.
    expect(one.stdout).toMatch(/^````yaml$/m);
    expect(one.stdout.trimEnd().endsWith('````')).toBe(true);
  });
});

describe('hostile exports through `smscore import` of a folder (issue 24)', () => {
  // Spreadsheet formulas, terminal controls, bidi overrides and a workflow command, in a caption, a column name, an
  // account name, a figure's cell and the export's own file name.
  const EVIL = '=HYPERLINK("http://evil","x")\u001b]8;;http://evil\u0007\u001b[2J\u202e\u2066\n::error::pwned';
  const cell = (v: string) => `"${v.replace(/"/g, '""')}"`;
  const importDir = mkdtempSync(join(tmpdir(), 'smscore-import-injection-'));
  mkdirSync(join(importDir, 'exports'));
  const header = ['id', 'caption', 'media_type', 'timestamp', 'username', 'like_count', 'comments_count', 'reach', 'views', EVIL];
  writeFileSync(join(importDir, 'exports', 'ig\u001b[31m\n::error::name.csv'), [
    header.map(cell).join(','),
    ['1', EVIL, 'IMAGE', '2026-01-06T09:30:00+0000', EVIL, '10', '2', '100', '150', EVIL].map(cell).join(','),
    ['2', EVIL, 'IMAGE', '2026-01-07T09:30:00+0000', EVIL, EVIL, '2', '100', '150', '1'].map(cell).join(','),
    ['3', 'ok', 'IMAGE', '2026-01-08T09:30:00+0000', EVIL, '12', '3', '120', '180', '1'].map(cell).join(','),
    '',
  ].join('\n'));
  const brand = (channels: string, metrics = '') => `smscore: 1\nbrand: { name: B }\nperiod: { start: 2026-01-01, end: 2026-03-31 }\nchannels:\n${channels}${metrics}`;
  writeFileSync(join(importDir, 'one.yaml'), brand('  - { id: ig, platform: instagram, label: "x" }\n'));
  writeFileSync(join(importDir, 'two.yaml'), brand('  - { id: ig, platform: instagram }\n  - { id: ig2, platform: instagram }\n'));
  const STALE = 'stale\u001b[2J\n::error::.yaml';
  writeFileSync(join(importDir, STALE), brand('  - id: ig\n    platform: instagram\n', '    metrics:\n      reach: 9\n'));
  const IMPORT_RUNS: Record<string, string[]> = {
    'import a folder': ['import', 'exports', '--into', 'one.yaml', '--dry-run'],
    'import a folder, French': ['import', 'exports', '--into', 'one.yaml', '--dry-run', '--lang', 'fr'],
    'import a folder, json': ['import', 'exports', '--into', 'one.yaml', '--dry-run', '-f', 'json'],
    'import a folder, two channels to choose from (the account named)': ['import', 'exports', '--into', 'two.yaml'],
    'import a folder, figures left from before (a hostile brand file name)': ['import', 'exports', '--into', STALE],
  };

  test.each(Object.keys(IMPORT_RUNS))('%s: no control character, no workflow command, no formula of the export raw', (name) => {
    const r = runCli(IMPORT_RUNS[name]!, { cwd: importDir, env: { COLUMNS: '100' } });
    expect([0, 2]).toContain(r.status);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at .+[(:]\d+/);
    expectNoControl(r);
    expect(commandLines(r.stdout)).toEqual([]);
    expect(commandLines(r.stderr)).toEqual([]);
    // The values are shown, escaped, where the report names them.
    const all = name.endsWith('json') ? JSON.parse(r.stdout) : r.stdout + r.stderr;
    if (name === 'import a folder') {
      expect(all).toContain('exports/ig\\x1b[31m⏎:\\x3aerror:\\x3aname.csv');
      expect(all).toContain('=HYPERLINK("http://evil","x")\\x1b]8;;http://evil\\x07\\x1b[2J\\u202e\\u2066⏎:\\x3aerror:\\x3apwned');
    }
    if (name.endsWith('json')) {
      expect(all.files[0].unknownColumns).toEqual([EVIL]);
      expect(all.files[0].account).toBe(EVIL);
    }
    if (name.startsWith('import a folder, two')) expect(all.replace(/\n +/g, ' ')).toContain('none is named "=HYPERLINK("http://evil","x")\\x1b]8;;http://evil\\x07');
    if (name.startsWith('import a folder, figures')) expect(all).toMatch(/stale\\x1b\[2J⏎:\\x3aerror:\\x3a\.yaml:8:14 {2}ig\.reach: 9/);
  });

  test('with FORCE_COLOR=1 the report is the same, escapes and all', () => {
    const plainRun = runCli(IMPORT_RUNS['import a folder']!, { cwd: importDir, env: { COLUMNS: '100' } });
    const coloured = runCli(IMPORT_RUNS['import a folder']!, { cwd: importDir, env: { COLUMNS: '100', NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(coloured.stdout.replace(SGR, '')).toBe(plainRun.stdout);
    expectNoControl({ ...coloured, stdout: coloured.stdout.replace(SGR, ''), stderr: coloured.stderr.replace(SGR, '') });
  });
});
