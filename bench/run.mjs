// smscore's benchmarks (npm run bench). Every figure is a ratio to a baseline measured in the same run on the
// same machine, with the median and the spread of repeated runs; BENCH_QUICK=1 for a short run. Writes
// bench/results/latest.json. No timed assertion lives in the test suite: speed is judged here.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseDocument } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.env.BENCH_QUICK === '1';
const RUNS = quick ? 7 : 25;
const bin = join(root, 'bin', 'smscore.js');
const node = process.execPath;
const example = join(root, 'examples', 'maison-lumiere.yaml');
const work = mkdtempSync(join(tmpdir(), 'smscore-bench-'));

/** Wall time of a command, repeated: median and spread in milliseconds. */
function timeIt(cmd, args, runs = RUNS, options = {}) {
  spawnSync(cmd, args, { stdio: 'ignore', ...options }); // warm the disk cache
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { stdio: 'ignore', ...options });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status === null) throw new Error(`${cmd} ${args.join(' ')} was killed`);
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  return { median: q(0.5), p25: q(0.25), p75: q(0.75), min: times[0], max: times.at(-1), runs };
}

/** Peak resident memory of one run, in MB, from GNU time. */
function peakMb(cmd, args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const kb = Number(r.stderr.trim().split('\n').at(-1));
  return Number.isFinite(kb) ? kb / 1024 : null;
}

/** Brand files like the mid-size example, with figures varied deterministically (a linear congruential generator). */
function generate(dir, count, seed = 42) {
  mkdirSync(dir, { recursive: true });
  const text = readFileSync(example, 'utf8');
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < count; i++) {
    const k = 0.5 + rand();
    // Scale every metric count by k; dates, ids and targets stay as they are.
    const varied = text.replace(/^(\s+(?:posts|reach|medianPostReach|impressions|reactions|comments|shares|saves|clicks|conversions|mentions|start|end|received|answered|positive|neutral|negative|promoters|passives|detractors|satisfied|responses|attendees): )(\d+)$/gm,
      (_m, key, n) => `${key}${Math.max(0, Math.round(Number(n) * k))}`);
    writeFileSync(join(dir, `brand-${String(i).padStart(5, '0')}.yaml`), varied.replace('name: Maison Lumière', `name: Maison Lumière ${i}`));
  }
}

function largeBrand(file, channels) {
  const doc = parseDocument(readFileSync(example, 'utf8'));
  const base = doc.toJS().channels;
  const list = [];
  for (let i = 0; i < channels; i++) {
    const c = structuredClone(base[i % base.length]);
    c.id = `${c.id}-${i}`;
    delete c.objectives;
    list.push(c);
  }
  const data = doc.toJS();
  data.channels = list;
  delete data.previous;
  delete data.audience.journey;
  data.plans.messages = data.plans.messages.map((m) => ({ text: m.text }));
  delete data.community.offline;
  delete data.organisation.budget.byChannel;
  data.objectives = data.objectives.map((o) => ({ ...o, channels: undefined, kpis: o.kpis?.map((k) => ({ kpi: k.kpi, target: k.target })) }));
  writeFileSync(file, JSON.stringify(data, null, 1).replace(/"([^"]+)":/g, '$1:'));
}

const row = (name, t, base) => ({ name, median: +t.median.toFixed(1), p25: +t.p25.toFixed(1), p75: +t.p75.toFixed(1), ratio: +(t.median / base.median).toFixed(2) });
const results = { machine: { node: process.version, cpus: (await import('node:os')).cpus().length }, quick, startup: [], peer: [], throughput: [], large: null, goals: {} };

console.log(`smscore benchmarks (${quick ? 'quick' : 'full'} run, ${RUNS} runs per start-up figure)\n`);

// 1. Cold start-up against bare Node.
const base = timeIt(node, ['-e', '0']);
results.startup.push(row('node -e 0 (baseline)', base, base));
results.startup.push(row('smscore --version', timeIt(node, [bin, '--version']), base));
results.startup.push(row('smscore validate (mid-size example)', timeIt(node, [bin, 'validate', example]), base));
results.startup.push(row('smscore audit (mid-size example)', timeIt(node, [bin, 'audit', example]), base));
results.startup.push(row('smscore audit --format json', timeIt(node, [bin, 'audit', example, '-f', 'json']), base));
console.table(results.startup);

// 2. The peer a user might reach for: ajv-cli validating the same data against the same schema. ajv-cli reads
// YAML as YAML 1.1 (dates become Date objects), so it is given the file converted to JSON.
const asJson = join(work, 'maison-lumiere.json');
writeFileSync(asJson, JSON.stringify(parse(readFileSync(example, 'utf8'))));
const ajvCli = join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const ajvTime = timeIt(node, [ajvCli, 'validate', '--spec=draft2020', '-c', 'ajv-formats', '-s', join(root, 'schemas', 'brand.schema.json'), '-d', asJson], RUNS, { cwd: root });
const ours = timeIt(node, [bin, 'validate', asJson]);
results.peer.push(row('ajv-cli validate (same schema, JSON data)', ajvTime, base), row('smscore validate (same data)', ours, base));
console.table(results.peer);

// 3–4. Throughput and scaling: many generated files in one run.
const sizes = quick ? [100, 1000] : [100, 1000, 10000];
for (const n of sizes) {
  const dir = join(work, `brands-${n}`);
  generate(dir, n);
  const t = timeIt(node, [bin, 'audit', dir, '-q', '--no-config'], n >= 10000 ? 1 : 3);
  const mb = peakMb(node, [bin, 'audit', dir, '-q', '--no-config']);
  results.throughput.push({ files: n, seconds: +(t.median / 1000).toFixed(2), filesPerSecond: Math.round(n / (t.median / 1000)), msPerFile: +(t.median / n).toFixed(2), peakMB: mb && +mb.toFixed(0), kbPerFile: mb && +((mb * 1024) / n).toFixed(1) });
  rmSync(dir, { recursive: true, force: true });
}
console.table(results.throughput);

// 5. One large brand file: hundreds of channels.
const large = join(work, 'large.yaml');
largeBrand(large, quick ? 200 : 600);
const sizeMb = readFileSync(large).length / 1024 / 1024;
const lt = timeIt(node, [bin, 'audit', large, '-q', '--no-config'], quick ? 3 : 5);
results.large = { channels: quick ? 200 : 600, sizeMB: +sizeMb.toFixed(2), median: +lt.median.toFixed(0), ratio: +(lt.median / base.median).toFixed(1), peakMB: Math.round(peakMb(node, [bin, 'audit', large, '-q', '--no-config']) ?? 0) };
console.table([results.large]);

// Goals from issue 9, judged on this run.
const audit = results.startup.find((r) => r.name.startsWith('smscore audit (')).ratio;
const version = results.startup.find((r) => r.name === 'smscore --version').ratio;
const t1000 = results.throughput.find((r) => r.files === 1000);
const t10k = results.throughput.find((r) => r.files === 10000);
results.goals = {
  'cold audit ≤ 1.8× node -e 0': { value: audit, met: audit <= 1.8 },
  '--version ≤ 1.3× node -e 0': { value: version, met: version <= 1.3 },
  'faster than ajv-cli on the same file': { value: +(ours.median / ajvTime.median).toFixed(2), met: ours.median < ajvTime.median },
  '≥ 500 mid-size files per second': { value: t1000.filesPerSecond, met: t1000.filesPerSecond >= 500 },
  ...(t10k ? {
    'per-file time flat from 1,000 to 10,000': { value: +(t10k.msPerFile / t1000.msPerFile).toFixed(2), met: t10k.msPerFile / t1000.msPerFile < 1.25 },
    'peak memory ≤ 200 MB at 10,000 files': { value: t10k.peakMB, met: t10k.peakMB <= 200 },
  } : {}),
};
console.log('\nGoals:');
for (const [goal, { value, met }] of Object.entries(results.goals)) console.log(`  ${met ? '✔' : '✖'} ${goal}: ${value}`);

mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'latest.json'), JSON.stringify(results, null, 2) + '\n');
rmSync(work, { recursive: true, force: true });
