/**
 * Runs the exact commands of examples/strategy-repo/.github/workflows/smscore.yml, as GitHub Actions would, on a
 * git copy of the strategy repository: a passing, a failing and a regressing pull request.
 */
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { BIN, ROOT } from '../support/cli.js';

interface Step { name?: string; run?: string }
const workflow = parse(readFileSync(join(ROOT, 'examples/strategy-repo/.github/workflows/smscore.yml'), 'utf8')) as { jobs: { audit: { steps: Step[] } } };
const steps = workflow.jobs.audit.steps.filter((s) => s.run?.includes('smscore'));

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@example.invalid', ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** A pull request on a copy of the strategy repository, then the workflow's smscore steps. */
function pullRequest(change: (repo: string) => void) {
  const work = mkdtempSync(join(tmpdir(), 'smscore-pr-'));
  const repo = join(work, 'repo');
  cpSync(join(ROOT, 'examples', 'strategy-repo'), repo, { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  const baseSha = git(repo, 'rev-parse', 'HEAD');
  change(repo);
  git(repo, 'commit', '-q', '-am', 'change');
  // `npx smscore …` runs the smscore under test.
  const bin = join(work, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'npx'), `#!/bin/sh\n[ "$1" = smscore ] && shift\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(bin, 'npx'), 0o755);
  const runnerTemp = join(work, 'runner-temp');
  mkdirSync(runnerTemp);
  const env = {
    PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: work, NO_COLOR: '1', CI: 'true', SMSCORE_TODAY: '2026-11-22',
    RUNNER_TEMP: runnerTemp, GITHUB_STEP_SUMMARY: join(work, 'summary.md'), BASE_SHA: baseSha,
  };
  const results = steps.map((s) => ({ name: s.name, ...spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', s.run!], { cwd: repo, env, encoding: 'utf8', timeout: 60_000 }) }));
  const summary = (() => { try { return readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8'); } catch { return ''; } })();
  const sarif = (() => { try { return JSON.parse(readFileSync(join(repo, 'smscore.sarif'), 'utf8')); } catch { return undefined; } })();
  return { results, audit: results.at(-1)!, summary, sarif };
}

function editYaml(file: string, edit: (doc: ReturnType<typeof parseDocument>) => void): void {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  edit(doc);
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
}

describe('the strategy repository\'s GitHub workflow', () => {
  test('runs a baseline step and an audit step', () => {
    expect(steps.map((s) => s.name)).toEqual(['Baseline from the target branch', 'Audit']);
  });

  test('a passing change: exit 0, a green summary, annotations and SARIF', () => {
    const pr = pullRequest((repo) => editYaml(join(repo, 'brands/maison-lumiere.yaml'), (doc) => {
      doc.setIn(['strategy', 'threats'], ['A reaction to a product spreads faster than our answer to it.']);
    }));
    expect(pr.results[0]!.status).toBe(0);
    expect(pr.audit.stderr).toBe('');
    expect(pr.audit.status).toBe(0);
    expect(pr.summary).toContain('### ✅ CI gate: passed');
    expect(pr.summary).toMatch(/brands\/maison-lumiere\.yaml.* 0 questions opened, 1 closed/);
    expect(pr.audit.stdout).toMatch(/^::warning file=brands\/maison-lumiere\.yaml,line=\d+,col=\d+,title=smscore /m);
    expect(pr.sarif.runs[0].results.length).toBeGreaterThan(0);
  });

  test('a failing change: exit 1, the critical question annotated on its line', () => {
    const pr = pullRequest((repo) => editYaml(join(repo, 'brands/maison-lumiere.yaml'), (doc) => {
      doc.deleteIn(['channels', 0, 'role']);
    }));
    expect(pr.audit.status).toBe(1);
    expect(pr.audit.stdout).toMatch(/^::error file=brands\/maison-lumiere\.yaml,line=\d+,col=5,title=smscore channel-role::What function does this network have for the company\? \(channel instagram\)/m);
    expect(pr.summary).toContain('### ❌ CI gate: FAILED');
    expect(pr.summary).toContain('critical question left open: channel-role (channel instagram)');
  });

  test('a regressing change: exit 1 when a score drops by more than 2 points', () => {
    const pr = pullRequest((repo) => editYaml(join(repo, 'brands/maison-lumiere.yaml'), (doc) => {
      for (const i of [0, 1, 2]) doc.setIn(['channels', i, 'metrics', 'shares'], Math.round(Number(doc.getIn(['channels', i, 'metrics', 'shares'])) / 4));
    }));
    expect(pr.audit.status).toBe(1);
    expect(pr.audit.stdout).toMatch(/^::error file=brands\/maison-lumiere\.yaml,title=smscore regression::.*dropped from 69\.2 to/m);
    expect(pr.summary).toMatch(/overall dropped from 69\.2 to [\d.]+ \(−[\d.]+; tolerance 2\)/);
  });
});
