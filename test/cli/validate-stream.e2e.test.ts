/**
 * `smscore validate` streams: each file is read, validated, printed and let go of in turn (it used to keep every
 * parsed file until the end: 3.3 GB at 10,000 files). What it prints must not change: the built binary's output,
 * in one run over many files, is compared with the output of the path it replaced (copied below as it was, as the
 * reference) and with runs of one file each. Memory and time are judged by `npm run bench`, not here.
 */
import { severityCounts } from '../../src/model/diagnostic.js';
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateEach, validationJsonStream, validationTextStream, VALIDATE_FORMAT_VERSION } from '../../src/cli/commands/validate.js';
import type { CliContext } from '../../src/cli/context.js';
import { t } from '../../src/cli/messages.js';
import type { Locale } from '../../src/i18n/translate.js';
import { renderDiagnostics } from '../../src/render/diagnostics.js';
import { chunkParts, chunkText } from '../../src/render/index.js';
import { plainStyle } from '../../src/render/style.js';
import { wrap } from '../../src/render/text-wrap.js';
import { validateFile, type ValidationResult } from '../../src/validate/index.js';
import { diagnosticHint, diagnosticMessage } from '../../src/validate/messages.js';
import { BIN, ROOT } from '../support/cli.js';

/** The command's output before it streamed (src/cli/commands/validate.ts as it was): every result, then the text. */
const before = {
  text(results: readonly ValidationResult[], quiet: boolean, ctx: Pick<CliContext, 'locale' | 'style' | 'width'>): string {
    const blocks: string[] = [];
    let errors = 0;
    let warnings = 0;
    for (const r of results) {
      const shown = r.diagnostics.filter((d) => !quiet || d.severity === 'error');
      // Counted as the file's problems, not the listed ones: a capped list's last diagnostic stands for the rest.
      errors += severityCounts(r.diagnostics).errors;
      warnings += severityCounts(r.diagnostics).warnings;
      if (shown.length > 0) {
        const sources = new Map(r.source ? [[r.file, r.source.text]] : []);
        blocks.push(renderDiagnostics(shown, { locale: ctx.locale, style: ctx.style, sources, width: ctx.width }));
      } else if (!quiet) {
        blocks.push(wrap(t(ctx.locale, 'validate.ok', { file: r.file }), ctx.width, '', '  ').map((l) => ctx.style.green(l)).join('\n'));
      }
    }
    const valid = results.filter((r) => r.valid).length;
    blocks.push(wrap(t(ctx.locale, 'validate.summary', { files: results.length, valid, invalid: results.length - valid, errors, warnings }), ctx.width, '', '  ').join('\n'));
    const text = blocks.join('\n\n');
    return text.endsWith('\n') ? text : text + '\n'; // as ctx.out printed it
  },
  json(results: readonly ValidationResult[], locale: Locale): string {
    return JSON.stringify({
      formatVersion: VALIDATE_FORMAT_VERSION,
      files: results.map((r) => ({
        file: r.file,
        valid: r.valid,
        diagnostics: r.diagnostics.map((d) => ({
          severity: d.severity, code: d.code, message: diagnosticMessage(locale, d.code, d.args),
          hint: diagnosticHint(locale, d.code, d.args) ?? null, line: d.location.line, col: d.location.col, pointer: d.pointer, args: d.args,
        })),
      })),
    }, null, 2) + '\n';
  },
};

function validate(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'validate', '--no-config', ...args], {
    cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C' }, maxBuffer: 64 << 20, timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dirFiles = (dir: string) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(ROOT, dir, f));
/** The shipped examples, the hostile corpus and the invalid fixtures: valid files, warnings, every kind of error. */
const corpus = [...dirFiles('examples'), ...dirFiles('test/fixtures/hostile/files'), ...dirFiles('test/fixtures/invalid')];

describe('validate streams, and prints what it printed before (built binary)', () => {
  test('the examples, hostile and invalid files in one run: the same bytes as the whole-result path, text and JSON, en and fr, --quiet', () => {
    // --only-brand-files: the corpus holds files that are not brand files (empty, comments only…), skipped alike.
    const listed = validate([...corpus, '--only-brand-files', '-f', 'json']);
    const files = (JSON.parse(listed.stdout) as { files: { file: string }[] }).files.map((f) => f.file);
    expect(files.length).toBeGreaterThan(40);
    const results = files.map((f) => validateFile(f));
    for (const locale of ['en', 'fr'] as const) {
      const text = validate([...corpus, '--only-brand-files', '--lang', locale]);
      expect(text.status).toBe(2);
      expect(text.stdout).toBe(before.text(results, false, { locale, style: plainStyle, width: 80 }));
      expect(validate([...corpus, '--only-brand-files', '--lang', locale, '--quiet']).stdout).toBe(before.text(results, true, { locale, style: plainStyle, width: 80 }));
      const json = validate([...corpus, '--only-brand-files', '--lang', locale, '-f', 'json']);
      expect(json.status).toBe(2);
      expect(json.stdout).toBe(before.json(results, locale));
    }
  }, 120_000);

  test('300 files in one run: every file is there, in order, as in a run of its own', () => {
    // Valid files, files with warnings and invalid ones, mixed: copies of the corpus under numbered names.
    const dir = mkdtempSync(join(tmpdir(), 'smscore-validate-many-'));
    // Brand files only (a top-level `smscore:` key): a folder scan skips the others.
    const sources = [...dirFiles('examples'), ...dirFiles('test/fixtures/invalid')].filter((f) => /^smscore:/m.test(readFileSync(f, 'utf8')));
    const files = Array.from({ length: 300 }, (_, i) => {
      const file = join(dir, `brand-${String(i).padStart(3, '0')}.yaml`);
      copyFileSync(sources[(i * 7) % sources.length]!, file);
      return file;
    });
    const json = validate([dir, '-f', 'json']);
    expect(json.status).toBe(2);
    const all = JSON.parse(json.stdout) as { formatVersion: number; files: { file: string }[] };
    expect(all.files.map((f) => f.file)).toEqual(files);
    const text = validate([dir]);
    expect(text.stdout).toMatch(/\n300 files checked: \d+ valid, \d+ invalid \(\d+ errors, \d+ warnings\)\n$/);
    // Runs of one file each: in-process (the whole-result path) for all of them, the binary for a few.
    const each = files.map((f) => validateFile(f));
    expect(json.stdout).toBe(before.json(each, 'en'));
    expect(text.stdout).toBe(before.text(each, false, { locale: 'en', style: plainStyle, width: 80 }));
    for (const i of [0, 1, 2, 150, 299]) {
      const one = validate([files[i]!, '-f', 'json']);
      expect((JSON.parse(one.stdout) as { files: unknown[] }).files).toEqual([all.files[i]]);
      const oneText = validate([files[i]!]).stdout;
      // Its block, without its own one-file summary, is in the run's output.
      expect(text.stdout).toContain(oneText.slice(0, oneText.lastIndexOf('\n\n')));
    }
  }, 120_000);

  test('no file at all (--only-brand-files given none): the summary alone, and an empty list in JSON', () => {
    const other = join(mkdtempSync(join(tmpdir(), 'smscore-validate-none-')), 'notes.yaml');
    writeFileSync(other, 'title: not a brand file\n');
    expect(validate([other, '--only-brand-files']).stdout).toBe(before.text([], false, { locale: 'en', style: plainStyle, width: 80 }));
    expect(validate([other, '--only-brand-files', '-f', 'json']).stdout).toBe(before.json([], 'en'));
  });
});

describe('validationJsonStream', () => {
  test('a file of thousands of diagnostics: its element is written in parts, the same text as the whole document', () => {
    // Between two ordinary files, one of 4,000 unknown keys: an element of about 40,000 values.
    const many: ValidationResult = {
      file: 'many.yaml', valid: false,
      diagnostics: Array.from({ length: 4000 }, (_, i) => ({
        severity: 'error' as const, code: 'schema.unknown-key', args: { key: `kee${i}`, allowed: 'a, b' },
        location: { file: 'many.yaml', line: i + 1, col: 1 }, pointer: `/kee${i}`,
      })),
    };
    const results = [validateFile(join(ROOT, 'examples', 'minimal.yaml')), many, validateFile(join(ROOT, 'test', 'fixtures', 'invalid', 'wrong-type.yaml'))];
    const stream = validationJsonStream({ locale: 'fr' } as CliContext);
    const chunks = results.map((r) => stream.file(r));
    expect(chunks.map((c) => typeof c)).toEqual(['string', 'object', 'string']);
    const parts = [...chunkParts(chunks[1]!)];
    expect(parts.length).toBeGreaterThan(5);
    expect(chunks.map((c) => (c === chunks[1] ? parts.join('') : chunkText(c))).join('') + stream.end() + '\n').toBe(before.json(results, 'fr'));
  });
});

describe('validateEach: one file at a time', () => {
  test('a file is read only when the output reaches it, and its part is given before the next file is read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smscore-validate-each-'));
    const first = join(dir, 'a.yaml');
    const second = join(dir, 'b.yaml');
    copyFileSync(join(ROOT, 'examples', 'minimal.yaml'), first);
    const run = { valid: true };
    const parts = validateEach([first, second], validationTextStream(false, { locale: 'en', style: plainStyle, width: 80 } as CliContext), run);
    const a = parts.next();
    expect(a.value).toContain(`${first}: valid`);
    // b.yaml does not exist yet: it is read after a.yaml's part was given.
    copyFileSync(join(ROOT, 'examples', 'minimal.yaml'), second);
    const rest = [...parts].join('');
    expect(rest).toContain(`${second}: valid`);
    expect(rest).toMatch(/2 files checked: 2 valid, 0 invalid/);
    expect(run.valid).toBe(true);
  });
});
