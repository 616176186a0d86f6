/**
 * Runs examples/strategy-repo/.github/workflows/smscore.yml as GitHub Actions would, on a git copy of the strategy
 * repository with a base commit and a pull request: each `run:` step's script verbatim, in
 * `bash --noprofile --norc -eo pipefail`, with GitHub's variables and file commands ($GITHUB_PATH,
 * $GITHUB_STEP_SUMMARY…), and SMSCORE_PACKAGE pointed at this checkout packed with `npm pack`. npm installs that
 * tarball from a registry on 127.0.0.1 that serves the lockfile's packages from the npm cache: no network, no shim.
 * A passing, a failing and a regressing pull request, and one that changes the configuration; then the commands of
 * the example's README and of smscore's README section "Use it in your strategy repository", as written.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse, parseDocument } from 'yaml';
import { ROOT } from '../support/cli.js';

interface Step {
  name?: string; uses?: string; run?: string; if?: string; shell?: string; 'working-directory'?: string;
  env?: Record<string, string>; with?: Record<string, string | number | boolean>;
}
interface Workflow {
  on: { pull_request: { paths: string[] } };
  env: Record<string, string>;
  permissions: Record<string, string>;
  jobs: { audit: { env?: Record<string, string>; steps: Step[] } };
}

const STRATEGY_REPO = join(ROOT, 'examples', 'strategy-repo');
const WORKFLOW_TEXT = readFileSync(join(STRATEGY_REPO, '.github/workflows/smscore.yml'), 'utf8');
const workflow = parse(WORKFLOW_TEXT) as Workflow;
const steps = workflow.jobs.audit.steps;
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const RELEASE_TARBALL = `https://github.com/smscore/smscore/releases/download/v${VERSION}/smscore-${VERSION}.tgz`;
const actionName = (step: Step) => step.uses?.replace(/@.*$/, '');

// ajv-draft-04 is CommonJS: under NodeNext its class is the default export's `default` (as in test/render/sarif.test.ts).
type AjvLike = { compile: (schema: object) => ((data: unknown) => boolean) & { errors?: unknown[] | null } };
const ajv = new (Ajv04 as unknown as { default: new (options: object) => AjvLike }).default({ strict: false, allErrors: true });
(addFormats as unknown as { default: (a: unknown) => void }).default(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')));

describe('the strategy repository\'s GitHub workflow, as written', () => {
  test('pins every action to a commit and names its release', () => {
    const uses = WORKFLOW_TEXT.split('\n').filter((line) => /^\s*(- )?uses:/.test(line));
    expect(uses).toHaveLength(3);
    for (const line of uses) expect(line).toMatch(/^\s*(- )?uses: [\w-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    expect(steps.filter((s) => s.uses).map(actionName)).toEqual(['actions/checkout', 'actions/setup-node', 'github/codeql-action/upload-sarif']);
  });

  test('installs smscore from one pinned release, named once, and runs no expression inside a script', () => {
    expect(workflow.env).toEqual({ SMSCORE_PACKAGE: RELEASE_TARBALL });
    expect(WORKFLOW_TEXT.split('smscore/releases/download').length).toBe(2);
    for (const step of steps.filter((s) => s.run)) expect(step.run).not.toContain('${{');
    expect(steps.filter((s) => s.run).map((s) => s.name)).toEqual(['Install smscore', 'Baseline from the target branch', 'Audit']);
  });

  test('has the permissions code scanning needs, the history the baseline needs, and uploads what the audit writes', () => {
    expect(workflow.permissions).toEqual({ contents: 'read', 'security-events': 'write', actions: 'read' });
    expect(steps[0]!.with).toMatchObject({ 'fetch-depth': 0 });
    const upload = steps.find((s) => actionName(s) === 'github/codeql-action/upload-sarif')!;
    expect(upload.with).toMatchObject({ sarif_file: 'smscore.sarif' });
    expect(upload.if).toContain('always()');
    expect(steps.find((s) => s.name === 'Audit')!.run).toContain('--output smscore.sarif');
    expect(workflow.on.pull_request.paths).toEqual(expect.arrayContaining(['brands/**', 'smscore.config.yaml']));
  });

  test('the pre-commit hook is smscore\'s own, at the same release', () => {
    const config = parse(readFileSync(join(STRATEGY_REPO, '.pre-commit-config.yaml'), 'utf8')) as { repos: { repo: string; rev: string; hooks: { id: string }[] }[] };
    const hookIds = (parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string }[]).map((h) => h.id);
    expect(config.repos).toEqual([expect.objectContaining({ repo: 'https://github.com/smscore/smscore', rev: `v${VERSION}` })]);
    for (const hook of config.repos[0]!.hooks) expect(hookIds).toContain(hook.id);
  });
});

// ---- Running the workflow ------------------------------------------------------------------------------------

let scratch = '';
let tarball = '';
let registry: ChildProcess | undefined;
let registryUrl = '';

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'smscore-workflow-'));
  if (!existsSync(join(ROOT, 'dist', 'bundle', 'smscore.cjs'))) throw new Error('dist/ is not built: run `npm run build` first');
  // The package as released: `npm pack` of the built checkout (scripts off: the build is already there).
  const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], { cwd: ROOT, encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(`npm pack: ${pack.stderr}`);
  tarball = join(scratch, (JSON.parse(pack.stdout) as { filename: string }[])[0]!.filename);
  const npmCache = process.env.npm_config_cache ?? spawnSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).stdout.trim();
  registry = spawn(process.execPath, [join(ROOT, 'test/support/offline-registry.mjs'), join(ROOT, 'package-lock.json'), npmCache], { stdio: ['ignore', 'pipe', 'inherit'] });
  registryUrl = await new Promise<string>((resolve, reject) => {
    registry!.once('error', reject);
    registry!.once('exit', (code) => reject(new Error(`the test registry stopped (${code})`)));
    registry!.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
  });
}, 90_000);

afterAll(() => {
  registry?.kill();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Node and npm as setup-node leaves them; nothing else of this machine's (no node_modules/.bin, no smscore). */
const systemPath = [dirname(process.execPath), ...(process.env.PATH ?? '').split(delimiter).filter((p) => p && !p.includes('node_modules'))];

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@example.invalid', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** `${{ a.b.c }}` in a step's `env:`: property paths into the contexts, nothing else (a new kind of expression must be taught here). */
function expand(value: string, contexts: Record<string, unknown>): string {
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
    if (!/^[a-z_]+(\.[a-z_]+)+$/.test(expression)) throw new Error(`expression not supported by this test: ${expression}`);
    const found = expression.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], contexts);
    if (typeof found !== 'string') throw new Error(`no value for ${expression}`);
    return found;
  });
}

type StepResult = { name: string; status: number | null; stdout: string; stderr: string; summary: string } | { name: string; skipped: true } | { name: string; action: string };

/**
 * `bash --noprofile --norc -eo pipefail` on a script file (as GitHub runs a `run:` step) or `-c` a command line;
 * asynchronous, so that the pull requests and README commands below run side by side.
 */
function bash(args: string[], cwd: string, env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => { stdout += text; });
    child.stderr.setEncoding('utf8').on('data', (text: string) => { stderr += text; });
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.once('error', reject);
    child.once('close', (status) => { clearTimeout(timer); resolve({ status, stdout, stderr }); });
  });
}

/** A pull request on a copy of the strategy repository, then the workflow's steps on it, in order. */
async function pullRequest(change: (repo: string) => void) {
  const work = mkdtempSync(join(scratch, 'run-'));
  const repo = join(work, 'strategy');          // $GITHUB_WORKSPACE: what actions/checkout leaves, full history
  const runnerTemp = join(work, '_temp');
  const commands = join(runnerTemp, '_runner_file_commands');
  mkdirSync(commands, { recursive: true });
  mkdirSync(join(work, 'home'));
  cpSync(STRATEGY_REPO, repo, { recursive: true });
  git(repo, 'init', '-q');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  const baseSha = git(repo, 'rev-parse', 'HEAD');
  git(repo, 'checkout', '-q', '-b', 'change');
  change(repo);
  git(repo, 'commit', '-q', '-am', 'change');
  const headSha = git(repo, 'rev-parse', 'HEAD');

  const contexts = {
    github: { sha: headSha, workspace: repo, event_name: 'pull_request', event: { pull_request: { base: { sha: baseSha, ref: 'main' }, head: { sha: headSha, ref: 'change' } } } },
    runner: { temp: runnerTemp, os: 'Linux' },
  };
  const addedPath: string[] = [];
  const addedEnv: Record<string, string> = {};
  const results: StepResult[] = [];
  let failed = false;
  for (const [index, step] of steps.entries()) {
    const name = step.name ?? step.uses ?? `step ${index}`;
    if (failed && !step.if?.includes('always()')) {
      results.push({ name, skipped: true });
      continue;
    }
    if (step.uses) {
      // checkout and setup-node happened above; upload-sarif is judged on the file it would upload.
      const nothingToUpload = actionName(step) === 'github/codeql-action/upload-sarif' && !existsSync(join(repo, String(step.with?.sarif_file)));
      results.push(nothingToUpload ? { name, skipped: true } : { name, action: actionName(step)! });
      continue;
    }
    if ((step.shell ?? 'bash') !== 'bash' || step['working-directory']) throw new Error(`step "${name}": only bash in the workspace is run by this test`);
    const file = (kind: string) => join(commands, `${kind}_${index}`);
    for (const kind of ['add_path', 'set_env', 'step_summary', 'set_output']) writeFileSync(file(kind), '');
    const env: Record<string, string> = {
      PATH: [...addedPath, ...systemPath].join(delimiter), HOME: join(work, 'home'), LANG: 'C.UTF-8',
      CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repo, GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REF: 'refs/pull/1/merge', GITHUB_SHA: headSha, GITHUB_BASE_REF: 'main', GITHUB_HEAD_REF: 'change',
      GITHUB_REPOSITORY: 'acme/strategy', RUNNER_OS: 'Linux', RUNNER_TEMP: runnerTemp,
      GITHUB_PATH: file('add_path'), GITHUB_ENV: file('set_env'), GITHUB_STEP_SUMMARY: file('step_summary'), GITHUB_OUTPUT: file('set_output'),
      // npm as on a runner, but against the test registry (one cache for the four runs, to save time).
      npm_config_registry: registryUrl, npm_config_cache: join(scratch, 'npm-cache'), npm_config_update_notifier: 'false',
      SMSCORE_TODAY: '2026-11-22',        // the example's waiver expires on 2027-06-30
      ...workflow.env, SMSCORE_PACKAGE: tarball, ...workflow.jobs.audit.env, ...addedEnv,
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v, contexts)])),
    };
    const script = join(runnerTemp, `step_${index}.sh`);
    writeFileSync(script, step.run!);
    const r = await bash([script], repo, env);
    // File commands, read after the step as the runner does: new PATH entries go first, the latest first of all.
    addedPath.unshift(...readFileSync(file('add_path'), 'utf8').split('\n').filter(Boolean).reverse());
    for (const line of readFileSync(file('set_env'), 'utf8').split('\n').filter(Boolean)) {
      const at = line.indexOf('=');
      if (at < 0) throw new Error(`GITHUB_ENV line this test cannot read: ${line}`);
      addedEnv[line.slice(0, at)] = line.slice(at + 1);
    }
    results.push({ name, status: r.status, stdout: r.stdout, stderr: r.stderr, summary: readFileSync(file('step_summary'), 'utf8') });
    if (r.status !== 0) failed = true;
  }

  const ran = (name: string) => {
    const result = results.find((r) => r.name === name);
    if (!result || !('status' in result)) {
      const story = results.map((r) => ('status' in r ? `${r.name}: exit ${r.status}\n${r.stderr.slice(-600)}` : `${r.name}: ${'skipped' in r ? 'skipped' : r.action}`));
      throw new Error(`step "${name}" did not run:\n${story.join('\n')}`);
    }
    return result;
  };
  const readJson = (file: string) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) as unknown : undefined);
  return {
    install: ran('Install smscore'), baseline: ran('Baseline from the target branch'), audit: ran('Audit'),
    uploaded: results.some((r) => 'action' in r && r.action === 'github/codeql-action/upload-sarif'),
    baselineReport: readJson(join(runnerTemp, 'baseline.json')) as Report | undefined,
    sarif: readJson(join(repo, 'smscore.sarif')) as Sarif | undefined,
  };
}

interface Report { files: { file: string; gaps: { questionId: string; path: (string | number)[] }[] }[] }
interface Sarif { version: string; runs: { results: { ruleId: string; level: string; locations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }

function editYaml(file: string, edit: (doc: ReturnType<typeof parseDocument>) => void): void {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  edit(doc);
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
}

/** What GitHub reads from the audit's standard output: workflow commands only, well formed, on repository paths. */
function annotations(stdout: string): string[] {
  expect(stdout).not.toContain('\u001b');
  const lines = stdout.split('\n').filter((line) => line.startsWith('::'));
  for (const line of lines) {
    const command = /^::(error|warning|notice)(?: ([^:]*))?::\S/.exec(line);
    expect(command).not.toBeNull();
    // Properties as GitHub reads them (commas and colons inside values are escaped as %2C and %3A).
    for (const property of command![2]?.split(',') ?? []) {
      const [key, value] = property.split('=');
      expect(['file', 'line', 'col', 'endLine', 'endColumn', 'title']).toContain(key);
      if (key === 'file') expect(value).toMatch(/^brands\/[\w.-]+\.yaml$/);
      else if (key !== 'title') expect(value).toMatch(/^\d+$/);
    }
  }
  return lines;
}

/** A SARIF file code scanning accepts: the 2.1.0 schema, results on the repository's own paths. */
function expectUploadableSarif(sarif: Sarif | undefined): void {
  expect(sarif).toBeDefined();
  expect(validateSarif(sarif)).toBe(true);
  expect(sarif!.version).toBe('2.1.0');
  expect(sarif!.runs[0]!.results.length).toBeGreaterThan(0);
  for (const result of sarif!.runs[0]!.results) {
    for (const location of result.locations ?? []) expect(location.physicalLocation.artifactLocation.uri).toMatch(/^brands\/[\w.-]+\.yaml$/);
  }
}

const maison = (repo: string) => join(repo, 'brands/maison-lumiere.yaml');

const threats = (repo: string) => editYaml(maison(repo), (doc) => {
  doc.setIn(['strategy', 'threats'], ['A reaction to a product spreads faster than our answer to it.']);
});
/** The four pull requests, started together once the package and the registry are ready; each test awaits its own. */
const changes = {
  passing: threats,
  failing: (repo: string) => editYaml(maison(repo), (doc) => {
    doc.deleteIn(['channels', 0, 'role']);
  }),
  regressing: (repo: string) => editYaml(maison(repo), (doc) => {
    for (const i of [0, 1, 2]) doc.setIn(['channels', i, 'metrics', 'shares'], Math.round(Number(doc.getIn(['channels', i, 'metrics', 'shares'])) / 4));
  }),
  // Answers a question and drops the agency's question pack from the configuration.
  configuration: (repo: string) => {
    threats(repo);
    editYaml(join(repo, 'smscore.config.yaml'), (doc) => doc.delete('packs'));
  },
};
type Run = Awaited<ReturnType<typeof pullRequest>>;
const runs = {} as Record<keyof typeof changes, Promise<Run>>;

// The READMEs' commands: the release URL is the one thing replaced, by the packed checkout.
const exampleCommands = [...readFileSync(join(STRATEGY_REPO, 'README.md'), 'utf8').matchAll(/```sh\n([^`]*)```/g)].map((m) => m[1]!.trim());
const mainReadme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const mainSection = mainReadme.slice(mainReadme.indexOf('### Use it in your strategy repository'));
const mainBlock = (lang: string) => new RegExp('```' + lang + '\\n([^`]*)```').exec(mainSection)?.[1];
function readmeCommand(command: string | undefined, cwd: string, env: Record<string, string>) {
  return bash(['-c', (command ?? 'false').replace(RELEASE_TARBALL, tarball)], cwd, {
    PATH: systemPath.join(delimiter), HOME: scratch, NO_COLOR: '1', SMSCORE_TODAY: '2026-11-22', npm_config_update_notifier: 'false',
    npm_config_registry: registryUrl, ...env,
  });
}
const readmeRuns = {} as Record<'copy' | 'section', ReturnType<typeof readmeCommand>>;
const home = () => join(scratch, 'home-section');

beforeAll(() => {
  for (const [name, change] of Object.entries(changes) as [keyof typeof changes, (repo: string) => void][]) runs[name] = pullRequest(change);
  const copy = join(scratch, 'copy', 'acme-strategy');
  cpSync(STRATEGY_REPO, copy, { recursive: true });
  // Separate npm caches: two npx runs of one package in one cache would race for its folder.
  readmeRuns.copy = readmeCommand(exampleCommands[1], copy, { npm_config_cache: join(scratch, 'npm-cache-copy') });
  mkdirSync(home());
  readmeRuns.section = readmeCommand(mainBlock('sh'), ROOT, { HOME: home(), npm_config_cache: join(scratch, 'npm-cache-section') });
  for (const run of [...Object.values(runs), ...Object.values(readmeRuns)]) run.catch(() => undefined);   // reported by the test that awaits it
});

describe('the strategy repository\'s GitHub workflow, run on a pull request', () => {
  test('a passing change: smscore installed from the package, a baseline, exit 0, a green summary, annotations, SARIF', async () => {
    const pr = await runs.passing;
    expect(pr.install.status).toBe(0);
    expect(pr.install.stdout.trim().split('\n').at(-1)).toBe(VERSION);
    expect(pr.baseline.status).toBe(0);
    expect(pr.audit.status).toBe(0);
    expect(pr.audit.stderr).not.toMatch(/\n\s+at /);
    expect(pr.audit.summary).toContain('### ✅ CI gate: passed');
    expect(pr.audit.summary).toMatch(/brands\/maison-lumiere\.yaml.* 0 questions opened, 1 closed/);
    const lines = annotations(pr.audit.stdout);
    expect(lines.some((line) => line.startsWith('::error file=brands/maison-lumiere.yaml'))).toBe(false);
    expect(lines.some((line) => line.startsWith('::warning file=brands/maison-lumiere.yaml,line='))).toBe(true);
    expectUploadableSarif(pr.sarif);
    expect(pr.uploaded).toBe(true);
  }, 90_000);

  test('a failing change: exit 1, the critical question annotated as an error on its line, a red summary', async () => {
    const pr = await runs.failing;
    expect(pr.baseline.status).toBe(0);
    expect(pr.audit.status).toBe(1);
    const errors = annotations(pr.audit.stdout).filter((line) => line.startsWith('::error'));
    expect(errors).toContainEqual(expect.stringMatching(/^::error file=brands\/maison-lumiere\.yaml,line=\d+,col=\d+,title=smscore channel-role::What function does this network have for the company\? \(channel instagram\)/));
    expect(pr.audit.summary).toContain('### ❌ CI gate: FAILED');
    expect(pr.audit.summary).toContain('critical question left open: channel-role (channel instagram)');
    // The upload runs after a failed audit (`always()`), and the report is there to upload.
    expectUploadableSarif(pr.sarif);
    expect(pr.uploaded).toBe(true);
  }, 90_000);

  test('a regressing change: exit 1 when a score drops by more than 2 points from the target branch', async () => {
    const pr = await runs.regressing;
    expect(pr.baseline.status).toBe(0);
    expect(pr.audit.status).toBe(1);
    const errors = annotations(pr.audit.stdout).filter((line) => line.startsWith('::error'));
    expect(errors).toContainEqual(expect.stringMatching(/^::error file=brands\/maison-lumiere\.yaml,title=smscore regression::.*dropped from 70\.6 to/));
    expect(pr.audit.summary).toMatch(/overall dropped from 70\.6 to [\d.]+ \(−[\d.]+; tolerance 2\)/);
    expectUploadableSarif(pr.sarif);
  }, 90_000);

  test('the baseline is the target branch\'s brand files under the target branch\'s configuration', async () => {
    const pr = await runs.configuration;
    expect(pr.audit.status).toBe(0);
    const baseGaps = pr.baselineReport!.files.find((f) => f.file === 'brands/maison-lumiere.yaml')!.gaps;
    expect(baseGaps.map((g) => g.questionId)).toContain('agency-monthly-review');
    expect(baseGaps.some((g) => g.path.join('.').startsWith('strategy.threats'))).toBe(true);
    expect(pr.sarif!.runs[0]!.results.map((r) => r.ruleId)).not.toContain('agency-monthly-review');
  }, 90_000);
});

describe('the strategy repository\'s README', () => {
  test('inside smscore\'s checkout: the checkout\'s own smscore', () => {
    expect(exampleCommands[0]).toBe('node ../../bin/smscore.cjs audit brands');
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', exampleCommands[0]!], {
      cwd: STRATEGY_REPO, encoding: 'utf8', env: { PATH: systemPath.join(delimiter), HOME: scratch, NO_COLOR: '1', SMSCORE_TODAY: '2026-11-22' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('brands/maison-lumiere.yaml');
  });

  test('in a copy of the folder: the release, by its URL (here the packed checkout)', async () => {
    expect(exampleCommands).toHaveLength(2);
    expect(exampleCommands[1]).toContain(RELEASE_TARBALL);
    const r = await readmeRuns.copy;
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('brands/maison-lumiere.yaml');
  }, 90_000);
});

describe('smscore\'s README, "Use it in your strategy repository"', () => {
  test('its commands copy the example and audit it with the release (here the packed checkout)', async () => {
    expect(mainBlock('sh')).toContain(RELEASE_TARBALL);
    const r = await readmeRuns.section;
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('brands/maison-lumiere.yaml');
    expect(existsSync(join(home(), 'acme-strategy', '.github', 'workflows', 'smscore.yml'))).toBe(true);
    expect(existsSync(join(home(), 'acme-strategy', '.pre-commit-config.yaml'))).toBe(true);
  }, 90_000);

  test('its pre-commit entry is the example\'s, and so is docs/CI.md\'s', () => {
    const example = parse(readFileSync(join(STRATEGY_REPO, '.pre-commit-config.yaml'), 'utf8')) as unknown;
    expect(parse(mainBlock('yaml')!)).toEqual(example);
    const ci = readFileSync(join(ROOT, 'docs/CI.md'), 'utf8');
    expect(parse(/## pre-commit[^]*?```yaml\n([^`]*)```/.exec(ci)![1]!)).toEqual(example);
  });
});
