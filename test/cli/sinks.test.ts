import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileSink, stdoutSink } from '../../src/cli/sinks.js';

const body = ['first file\n', '', 'second ✔\n'];

describe('report sinks', () => {
  test.each([false, true])('a file (head last: %s): head, body and tail in place after commit, nothing else in the folder', async (headLast) => {
    const dir = mkdtempSync(join(tmpdir(), 'smscore-sink-'));
    const file = join(dir, 'report.txt');
    writeFileSync(file, 'previous');
    const sink = fileSink(file, headLast);
    for (const chunk of body) await sink.write(chunk);
    await sink.end(headLast ? 'HEAD\n' : '', 'TAIL\n');
    expect(readFileSync(file, 'utf8')).toBe('previous');
    sink.commit();
    expect(readFileSync(file, 'utf8')).toBe(`${headLast ? 'HEAD\n' : ''}first file\nsecond ✔\nTAIL\n`);
    expect(readdirSync(dir)).toEqual(['report.txt']);
  });

  test.each([false, true])('a file aborted mid-way (head last: %s): the existing file untouched, no temporary file', async (headLast) => {
    const dir = mkdtempSync(join(tmpdir(), 'smscore-sink-'));
    const file = join(dir, 'report.json');
    writeFileSync(file, 'previous');
    const sink = fileSink(file, headLast);
    await sink.write('{"half": ');
    sink.abort();
    expect(readFileSync(file, 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  test('a file that cannot be written fails when opened', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smscore-sink-'));
    mkdirSync(join(dir, 'report.md'));
    expect(() => fileSink(join(dir, 'report.md'), true)).toThrow(/cannot write .*report\.md \(EISDIR\)/);
    expect(() => fileSink(join(dir, 'missing', 'report.md'), false)).toThrow(/\(ENOENT\)/);
    expect(readdirSync(dir)).toEqual(['report.md']);
  });

  test.each([false, true])('standard output (head last: %s): chunks as they come, or held until the head is known', async (headLast) => {
    const out = new PassThrough();
    let seen = '';
    out.on('data', (b: Buffer) => { seen += b.toString('utf8'); });
    const sink = stdoutSink(headLast, out);
    await sink.write(body[0]!);
    await new Promise((r) => setImmediate(r));
    expect(seen).toBe(headLast ? '' : body[0]);
    for (const chunk of body.slice(1)) await sink.write(chunk);
    await sink.end(headLast ? 'HEAD\n' : '', 'TAIL\n');
    sink.commit();
    await new Promise((r) => setImmediate(r));
    expect(seen).toBe(`${headLast ? 'HEAD\n' : ''}first file\nsecond ✔\nTAIL\n`);
  });

  test('a head for a sink that did not hold its body is a programming error', async () => {
    const sink = stdoutSink(false, new PassThrough());
    await expect(sink.end('HEAD', '')).rejects.toThrow(/internal/);
  });
});
