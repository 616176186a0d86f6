import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { BRAND_KEYS, sniffBrandFile, sniffBrandText, topLevelKeys } from '../../src/io/brand-file.js';
import { readText } from '../../src/io/read-text.js';
import { parseSource } from '../../src/load/source.js';
import { ROOT } from '../support/cli.js';

/** Every YAML and JSON file of the repository's examples, catalog and fixtures, hostile ones included. */
function repoFiles(): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (/\.(ya?ml|json)$/.test(name)) out.push(path);
    }
  };
  for (const d of ['examples', 'catalog', 'test/fixtures', 'benchmarks', 'schemas']) visit(join(ROOT, d));
  for (const f of ['.pre-commit-hooks.yaml', 'package.json']) out.push(join(ROOT, f));
  return out;
}

describe('telling a brand file by its top-level keys, without parsing', () => {
  test('the keys a brand file may have at its top are the schema\'s', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'brand.schema.json'), 'utf8')) as { properties: Record<string, unknown> };
    expect([...BRAND_KEYS].sort()).toEqual(Object.keys(schema.properties).sort());
  });

  test('on every real file of the repository, the scan agrees with the parser', () => {
    const files = repoFiles();
    expect(files.length).toBeGreaterThan(60);
    let compared = 0;
    for (const file of files) {
      const read = readText(file);
      if (!read.ok) continue;
      const parsed = parseSource(file, read.text);
      if (parsed.diagnostics.some((d) => d.severity === 'error')) continue;
      const data = parsed.data;
      const isMap = data !== null && typeof data === 'object' && !Array.isArray(data);
      const expected = isMap ? Object.keys(data as object) : undefined;
      const keys = topLevelKeys(read.text);
      expect({ file: relative(ROOT, file), keys: isMap ? keys : keys?.length ? keys : undefined }).toEqual({ file: relative(ROOT, file), keys: expected });
      compared++;
    }
    expect(compared).toBeGreaterThan(50);
  });

  test.each([
    ['plain', 'smscore: 1\nbrand:\n  name: A\n', 'brand'],
    ['after comments, a directive and a document start', '# yaml-language-server: $schema=x\n%YAML 1.2\n---\n# c\nsmscore: 1\n', 'brand'],
    ['last, after nested keys and a block scalar that holds "smscore:"', 'brand:\n  name: A\n  note: |\n    smscore: 2\nsmscore: 1\n', 'brand'],
    ['the whole document indented', '  brand: { name: A }\n  smscore: 1\n', 'brand'],
    ['quoted', '"smscore": 1\n', 'brand'],
    ['single-quoted with a space before the colon', "'smscore' : 1\n", 'brand'],
    ['any version (the validator says which it supports)', 'smscore: 2\n', 'brand'],
    ['JSON', '{\n  "brand": { "smscore": 0 },\n  "smscore": 1\n}\n', 'brand'],
    ['a flow mapping after ---', '--- {brand: {name: "a, b: c"}, smscore: 1}\n', 'brand'],
    ['CRLF and a byte-order mark', '\ufeffbrand:\r\n  name: A\r\nsmscore: 1\r\n', 'brand'],
  ])('a brand file: %s', (_name, text, kind) => {
    expect(sniffBrandText(text).kind).toBe(kind);
  });

  test.each([
    ['nested only', 'brand:\n  smscore: 1\n'],
    ['in a block scalar', 'notes: |\n  smscore: 1\n'],
    ['in a comment', '# smscore: 1\nquestions: []\n'],
    ['in a second document', 'questions: []\n---\nsmscore: 1\n'],
    ['nested in JSON', '{ "report": { "smscore": 1 } }'],
    ['as a JSON value', '{ "name": "smscore", "x": "smscore: 1" }'],
    ['in a list', '- smscore: 1\n'],
  ])('not a brand file: `smscore:` %s', (_name, text) => {
    expect(sniffBrandText(text).kind).not.toBe('brand');
  });

  test('what other YAML files look like, to say how to use them', () => {
    expect(sniffBrandText('questions:\n  - id: x\n')).toMatchObject({ kind: 'not-brand', looksLike: 'pack', brandLike: false });
    expect(sniffBrandText('version: 1\nthresholds: {}\n')).toMatchObject({ kind: 'not-brand', looksLike: 'config' });
    expect(sniffBrandText('columns:\n  date: Jour\n')).toMatchObject({ kind: 'not-brand', looksLike: 'mapping' });
    expect(sniffBrandText('repos:\n  - repo: local\n')).toMatchObject({ kind: 'not-brand', looksLike: 'other', brandLike: false });
    expect(sniffBrandText('brand:\n  name: A\n')).toMatchObject({ kind: 'not-brand', brandLike: true });
    for (const text of ['', '# only a comment\n', '- a\n- b\n', 'just text\n', '---\n']) expect(sniffBrandText(text)).toEqual({ kind: 'unknown' });
  });

  test('files: the first KB settle most brand files; the rest, UTF-16 and key-less files are read whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smscore-sniff-'));
    const write = (name: string, data: string | Buffer) => { writeFileSync(join(dir, name), data); return join(dir, name); };
    const late = '# a long header\n'.repeat(1000) + 'brand:\n  name: A\n' + 'x'.repeat(10_000) + ': 1\nsmscore: 1\n';
    expect(sniffBrandFile(write('late.yaml', late))).toEqual({ kind: 'brand' });
    expect(sniffBrandFile(write('cut.yaml', 'a: ' + 'x'.repeat(8185) + '\nsmscore: 1\n'))).toEqual({ kind: 'brand' });
    expect(sniffBrandFile(write('utf16.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('smscore: 1\n', 'utf16le')])))).toEqual({ kind: 'brand' });
    expect(sniffBrandFile(write('pack.yaml', 'questions: []\n'))).toMatchObject({ kind: 'not-brand', looksLike: 'pack' });
    expect(sniffBrandFile(write('binary.yaml', Buffer.from([0x73, 0, 1, 2])))).toEqual({ kind: 'unreadable' });
    expect(sniffBrandFile(join(dir, 'missing.yaml'))).toEqual({ kind: 'unreadable' });
    // A FIFO is not opened for a blocking read (it waited for a writer), nor a device read.
    expect(spawnSync('mkfifo', [join(dir, 'fifo.yaml')]).status).toBe(0);
    expect(sniffBrandFile(join(dir, 'fifo.yaml'))).toEqual({ kind: 'unreadable' });
    expect(sniffBrandFile('/dev/zero')).toEqual({ kind: 'unreadable' });
  });
});
