import { describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from '../support/cli.js';

describe('smscore never touches the network and never runs code from its inputs', () => {
  test('every command runs with all network functions booby-trapped, and none is called', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smscore-net-'));
    const netlog = join(dir, 'net.log');
    const env = { NODE_OPTIONS: `--require ${join(ROOT, 'test', 'security', 'no-network.cjs')}`, SMSCORE_NETLOG: netlog };
    const runs = [
      ['validate', 'examples/maison-lumiere.yaml', 'test/fixtures/invalid/many-problems.yaml'],
      ['audit', 'examples/maison-lumiere.yaml', '-f', 'json', '-o', join(dir, 'r.json'), '-f', 'markdown', '-o', join(dir, 'r.md')],
      ['audit', 'examples/strategy-repo/brands', '--config', 'examples/strategy-repo/smscore.config.yaml', '-q'],
      ['explain', 'examples/boulangerie-martin.yaml'],
      ['explain', 'channel-role'],
      ['questions', '--format', 'json'],
      ['schema'],
    ];
    for (const args of runs) {
      const r = runCli(args, { env });
      expect({ args, status: r.status, stderr: r.stderr }).toEqual({ args, status: expect.any(Number), stderr: expect.not.stringContaining('network access refused') });
      expect([0, 1, 2]).toContain(r.status);
    }
    expect(existsSync(netlog) ? readFileSync(netlog, 'utf8') : '').toBe('');
  });

  test('the source never evaluates code: no eval, no Function constructor, no import() of a computed name', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) { if (name !== 'generated') walk(path); continue; }
        if (!name.endsWith('.ts')) continue;
        const text = readFileSync(path, 'utf8');
        if (/\beval\s*\(/.test(text) || /new\s+Function\s*\(/.test(text) || /\bFunction\s*\(\s*['"`]/.test(text)) offenders.push(path);
        for (const m of text.matchAll(/\bimport\s*\(\s*([^)]*)\)/g)) {
          if (!/^['"`][^'"`$]+['"`]$/.test(m[1]!.trim())) offenders.push(`${path}: import(${m[1]})`);
        }
      }
    };
    walk(join(ROOT, 'src'));
    expect(offenders).toEqual([]);
  });

  test('YAML tags that would mean code in other loaders stay inert text', () => {
    const r = runCli(['validate', 'test/fixtures/hostile/files/36-custom-tag.yaml']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Unresolved tag');
  });
});
