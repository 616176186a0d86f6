// smscore's benchmarks (npm run bench; BENCH_QUICK=1 for a short run). Runs against the built CLI (bin/ → dist/).
//
// Every start-up figure is a ratio to `node -e 0` measured in the same run: the commands are run in rounds, one
// of each per round, so that a busy neighbour slows the baseline and the subject alike. Each figure is a median
// with its spread (interquartile range and min–max). Peak memory is GNU time's maximum resident set size. The
// other figures are ratios too, to a baseline run in the same rounds: validate at scale (4b) and the large file's
// JSON report (5) to `audit --quiet` on the same files, time and peak memory alike.
// Writes bench/results/latest.json. No timed assertion lives in the test suite: speed is judged here, on goals.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse, parseDocument } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.env.BENCH_QUICK === '1';
const RUNS = quick ? 7 : 25;
const node = process.execPath;
const bin = join(root, 'bin', 'smscore.cjs');
const example = join(root, 'examples', 'maison-lumiere.yaml');
const work = mkdtempSync(join(tmpdir(), 'smscore-bench-'));
const hasGnuTime = existsSync('/usr/bin/time');
const ajvCli = join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const brandSchema = join(root, 'schemas', 'brand.schema.json');
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

const stats = (times) => {
  const s = [...times].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p25: q(0.25), p75: q(0.75), min: s[0], max: s.at(-1), runs: s.length };
};

/** Runs a command once; throws when it did not end normally (a benchmark of a failing command means nothing). */
function once(cmd, args, { okCodes = [0, 1], cwd = root } = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status === null || !okCodes.includes(r.status)) {
    throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}: ${String(r.stderr).slice(0, 500)}`);
  }
  return ms;
}

/** Interleaved rounds: one run of every command per round, after one warm-up run each (disk cache). */
function rounds(commands, runs = RUNS) {
  for (const c of commands) once(c.cmd, c.args, c);
  const times = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((c, k) => times[k].push(once(c.cmd, c.args, c)));
  return times.map(stats);
}

/** Wall time and peak memory of one run, from GNU time (or wall time only without it). */
function measured(args) {
  if (!hasGnuTime) return { ms: once(node, args), peakMB: null };
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', node, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited with ${r.status}: ${r.stderr.slice(0, 500)}`);
  return { ms, peakMB: Number(r.stderr.trim().split('\n').at(-1)) / 1024 };
}

/** Deterministic pseudo-random numbers (a linear congruential generator), so every run audits the same files. */
function lcg(seed) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const COUNTS = /^(\s+(?:posts|reach|medianPostReach|impressions|reactions|comments|shares|saves|clicks|conversions|revenue|spend|mentions|start|end|received|answered|positive|neutral|negative|promoters|passives|detractors|satisfied|responses|attendees): )(\d+)(?=[ \t]*(?:#.*)?$)/gm;

/**
 * Mid-size brand files: the shipped mid-size example (8 channels, about 40 KB) with every count scaled by its own
 * factor per line, and a share of the files with one channel fewer, so scores and gaps differ from file to file.
 */
function generate(dir, count, seed = 42) {
  mkdirSync(dir, { recursive: true });
  const text = readFileSync(example, 'utf8');
  const rand = lcg(seed);
  for (let i = 0; i < count; i++) {
    let varied = text.replace(COUNTS, (_m, key, n) => `${key}${Math.max(0, Math.round(Number(n) * (0.4 + 1.2 * rand())))}`);
    varied = varied.replace('name: Maison Lumière', `name: Maison Lumière ${i}`);
    // One file in four drops the figures of the channel listed before YouTube: another shape of score.
    if (rand() < 0.25) varied = varied.replace(/^( {4}metrics:\n(?: {6}.*\n)+)(?=\n {2}- id: youtube)/m, '');
    writeFileSync(join(dir, `brand-${String(i).padStart(5, '0')}.yaml`), varied);
  }
}

/**
 * One large brand file: the example's eight channels (their ids stay, so every reference in the file still
 * holds) plus clones up to `channels`, each with its own figures. Written as ordinary block YAML.
 */
function largeBrand(file, channels) {
  const doc = parseDocument(readFileSync(example, 'utf8'));
  const data = doc.toJS();
  const base = data.channels;
  const rand = lcg(7);
  const scale = (m) => JSON.parse(JSON.stringify(m), (_k, v) => (typeof v === 'number' && Number.isInteger(v) ? Math.round(v * (0.4 + 1.2 * rand())) : v));
  for (let i = base.length; i < channels; i++) {
    const c = structuredClone(base[i % base.length]);
    c.id = `${c.id}-${i}`;
    if (c.metrics) c.metrics = scale(c.metrics);
    data.channels.push(c);
  }
  doc.set('channels', doc.createNode(data.channels));
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
}

/**
 * Section 6's measurement of one case, run in a process of its own (`node bench/run.mjs --in-process <case>`), so that
 * no case inherits another's heap or compiled code: after the yaml library's run, the fast reader measured in the
 * same process took 1.1 ms per file instead of 0.7. Warms up for 3 s (at least 50 calls): the audit of one file needs
 * about a thousand calls before V8 has optimised its scoring (7 ms a call at first, 1.3 ms after). Prints the
 * per-call times of 5 passes, as JSON.
 */
async function inProcessCase(name) {
  const load = (rel) => import(pathToFileURL(join(root, 'dist', ...rel.split('/'))).href);
  const { parseSource } = await load('load/source.js');
  const { validateText } = await load('validate/index.js');
  const { auditBrand, loadAuditDeps } = await load('audit/index.js');
  const text = readFileSync(example, 'utf8');
  const cases = {
    library: () => parseSource(example, text, { fast: false }),
    reader: () => parseSource(example, text),
    validate: () => validateText(example, text),
  };
  if (name === 'audit') {
    const deps = loadAuditDeps();
    const v = validateText(example, text);
    cases.audit = () => auditBrand({ file: example, brand: v.brand, source: v.source, warnings: v.diagnostics }, deps);
  }
  const fn = cases[name];
  const warm = performance.now() + (quick ? 1000 : 3000);
  for (let i = 0; i < 50 || performance.now() < warm; i++) fn();
  // The yaml library takes 20 ms a call: fewer calls for it.
  const calls = name === 'library' ? (quick ? 20 : 100) : (quick ? 100 : 500);
  const per = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) fn();
    per.push((performance.now() - t0) / calls);
  }
  process.stdout.write(JSON.stringify(per));
}

/**
 * Section 8's cases, each in a process of its own (`node bench/run.mjs --import-case <case> <file>`), so that its peak
 * RSS is its own: the import's streamed reading against reading the same file whole, and the two CSV parsers on it.
 * Prints what it read, as JSON, so that the cases are checked to agree.
 */
async function importCase(name, file) {
  const load = (rel) => import(pathToFileURL(join(root, 'dist', ...rel.split('/'))).href);
  const cases = {
    // The baseline: the file read whole into a string and split into lines, no parsing at all.
    'readFile + split': async () => ({ lines: readFileSync(file, 'utf8').split('\n').length }),
    'openExport + readPostTable': async () => {
      const { openExport } = await load('import/read/index.js');
      const { readPostTable } = await load('import/posts.js');
      const { META_LAYOUT } = await import('./meta-export.mjs');
      const opened = await openExport(file);
      if (opened.problems.length) throw new Error(JSON.stringify(opened.problems));
      const table = opened.tables[0];
      const read = await readPostTable(table, { row: 0, cells: table.head[0].cells }, META_LAYOUT, { today: '2026-03-01' });
      return { posts: read.posts.length, rejected: read.rejected.length, reach: read.posts.reduce((s, p) => s + (p.reach ?? 0), 0) };
    },
    'parseCsv (src/import/csv.ts, whole)': async () => {
      const { parseCsv } = await load('import/csv.js');
      const t = parseCsv(readFileSync(file, 'utf8'));
      return { rows: t.rows.length + t.malformed.length };
    },
    'csv-parse/sync (whole)': async () => {
      const { parse: parseCsvLib } = await import('csv-parse/sync');
      const records = parseCsvLib(readFileSync(file, 'utf8'), { bom: true, relax_column_count: true, relax_quotes: true });
      return { rows: records.length - 1 };
    },
  };
  process.stdout.write(JSON.stringify(await cases[name]()));
}

/** The two CSV parsers on a small real file (test/fixtures/import/facebook-metrics), warm, ms per parse. */
async function smallParse(file) {
  const { parseCsv } = await import(pathToFileURL(join(root, 'dist', 'import', 'csv.js')).href);
  const { parse: parseCsvLib } = await import('csv-parse/sync');
  const text = readFileSync(file, 'utf8');
  const cases = { 'parseCsv (src/import/csv.ts)': () => parseCsv(text), 'csv-parse/sync': () => parseCsvLib(text, { delimiter: ';', bom: true, relax_column_count: true }) };
  const out = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  for (const fn of Object.values(cases)) for (let i = 0; i < 200; i++) fn();
  // Interleaved passes, one of each case per round, as elsewhere: a busy neighbour slows both alike.
  for (let r = 0; r < 7; r++) {
    for (const [name, fn] of Object.entries(cases)) {
      const t0 = performance.now();
      for (let i = 0; i < 100; i++) fn();
      out[name].push((performance.now() - t0) / 100);
    }
  }
  process.stdout.write(JSON.stringify(out));
}

if (process.argv[2] === '--import-case') {
  await importCase(process.argv[3], process.argv[4]);
  process.exit(0);
}
if (process.argv[2] === '--small-parse') {
  await smallParse(process.argv[3]);
  process.exit(0);
}

if (process.argv[2] === '--in-process') {
  await inProcessCase(process.argv[3]);
  process.exit(0);
}

const ms = (x) => +x.toFixed(1);
const row = (name, t, base) => ({
  name, median: ms(t.median), iqr: `${ms(t.p25)}–${ms(t.p75)}`, range: `${ms(t.min)}–${ms(t.max)}`, ratio: +(t.median / base.median).toFixed(2),
});
const results = {
  date: new Date().toISOString(), machine: { node: process.version, cpus: cpus().length, model: cpus()[0]?.model }, quick,
  startup: [], peer: [], scaling: [], fullReports: [], validateScale: [], large: null, largeJson: null, goals: {},
};
const line = (s = '') => process.stdout.write(s + '\n');
line(`smscore benchmarks: ${quick ? 'quick' : 'full'} run, ${RUNS} interleaved runs per start-up figure, Node ${process.version}, ${cpus().length} CPUs\n`);

// 1. Cold start-up against bare Node.
{
  const t = rounds([
    { cmd: node, args: ['-e', '0'] },
    { cmd: node, args: [bin, '--version'] },
    { cmd: node, args: [bin, 'validate', example] },
    { cmd: node, args: [bin, 'audit', example] },
    { cmd: node, args: [bin, 'audit', example, '--format', 'json'] },
  ]);
  const names = ['node -e 0 (baseline)', 'smscore --version', 'smscore validate <mid-size>', 'smscore audit <mid-size>', 'smscore audit <mid-size> --format json'];
  names.forEach((n, i) => results.startup.push(row(n, t[i], t[0])));
  line('1. Cold start-up (ms; ratio = median / median of node -e 0 in the same rounds)');
  console.table(results.startup);
}

// 2. The peer a user might reach for: ajv-cli validating the same file against the same schema. ajv-cli reads YAML
// as YAML 1.1 (js-yaml), which turns `2026-01-01` into a Date and fails `type: string`: it is given the same data
// as JSON, and smscore is timed on that JSON file too (JSON is YAML) as well as on the YAML itself.
{
  const asJson = join(work, 'maison-lumiere.json');
  writeFileSync(asJson, JSON.stringify(parse(readFileSync(example, 'utf8')), null, 2));
  const t = rounds([
    { cmd: node, args: ['-e', '0'] },
    { cmd: node, args: [ajvCli, 'validate', '--spec=draft2020', '-c', 'ajv-formats', '-s', brandSchema, '-d', asJson], okCodes: [0] },
    { cmd: node, args: [bin, 'validate', asJson], okCodes: [0] },
    { cmd: node, args: [bin, 'validate', example], okCodes: [0] },
  ]);
  ['node -e 0 (baseline)', 'ajv-cli validate (JSON data)', 'smscore validate (same JSON data)', 'smscore validate (the YAML file)'].forEach((n, i) => results.peer.push(row(n, t[i], t[0])));
  line('2. The same validation with ajv-cli 5 (--spec=draft2020 -c ajv-formats)');
  console.table(results.peer);
}

// 3–4. Throughput and scaling: generated mid-size files, one run each, `audit --quiet` (it streams one summary
// line per file and keeps nothing of the files it has finished with). At 1,000 files the full reports, which are
// streamed too (the text report to standard output, the JSON report to a file), run in the same rounds as
// `--quiet`, one of each per round, so a busy neighbour slows them alike; their ratio is to `--quiet`'s median.
{
  // Five rounds at 1,000 files: this machine's speed drifts by 20 % from one minute to the next.
  const plan = quick ? [[100, 3], [1000, 1]] : [[100, 5], [1000, 5], [10000, 1]];
  for (const [n, runs] of plan) {
    const dir = join(work, `brands-${n}`);
    generate(dir, n);
    const quiet = { name: 'audit <folder> --quiet', args: [bin, 'audit', dir, '--quiet', '--no-config'] };
    const cases = n !== 1000 ? [quiet] : [
      quiet,
      { name: 'audit <folder> (text report)', args: [bin, 'audit', dir, '--no-config'] },
      { name: 'audit <folder> --format json -o <file>', args: [bin, 'audit', dir, '--no-config', '--format', 'json', '-o', join(work, 'report.json')] },
      // Worker threads, forced (automatic --jobs keeps one thread below 3 cores).
      { name: 'audit <folder> --quiet --jobs 2', args: [bin, 'audit', dir, '--quiet', '--no-config', '--jobs', '2'] },
    ];
    // Section 7: validate over the same files, in the same rounds, its ratios to `audit --quiet` (the baseline: the
    // same reading and validation, then the audit); at 1,000 files also ajv-cli on the same data as JSON (see 2).
    const validateCases = [
      { name: 'validate <folder>', args: [bin, 'validate', dir, '--no-config'], validate: true },
      { name: 'validate <folder> --format json', args: [bin, 'validate', dir, '--no-config', '--format', 'json'], validate: true },
    ];
    if (n === 1000) {
      const asJson = join(work, 'json-1000');
      mkdirSync(asJson);
      for (const f of readdirSync(dir)) writeFileSync(join(asJson, f.replace(/\.yaml$/, '.json')), JSON.stringify(parse(readFileSync(join(dir, f), 'utf8')), null, 2));
      validateCases.push({ name: 'ajv-cli validate (the same files as JSON)', args: [ajvCli, 'validate', '--spec=draft2020', '-c', 'ajv-formats', '-s', brandSchema, '-d', join(asJson, '*.json')], validate: true, peer: true });
    }
    if (n === plan.at(-1)[0] || n === 1000) cases.push(...validateCases);
    once(node, [bin, 'audit', join(dir, 'brand-00000.yaml'), '--quiet', '--no-config']); // warm the disk cache a little
    const runsOut = cases.map(() => []);
    for (let i = 0; i < runs; i++) cases.forEach((c, k) => runsOut[k].push(measured(c.args)));
    const summary = runsOut.map((rs) => ({ t: stats(rs.map((r) => r.ms)), peak: Math.max(...rs.map((r) => r.peakMB ?? 0)) || null }));
    const { t, peak } = summary[0];
    results.scaling.push({
      files: n, seconds: +(t.median / 1000).toFixed(2), filesPerSecond: Math.round(n / (t.median / 1000)),
      msPerFile: +(t.median / n).toFixed(2), spread: runs > 1 ? `${(t.min / 1000).toFixed(2)}–${(t.max / 1000).toFixed(2)} s` : '1 run',
      peakMB: peak && Math.round(peak), kbPerFile: peak && +((peak * 1024) / n).toFixed(1),
    });
    for (let k = 1; k < cases.length; k++) {
      const s = summary[k];
      if (cases[k].validate) {
        results.validateScale.push({
          files: n, command: cases[k].name, seconds: +(s.t.median / 1000).toFixed(2), msPerFile: +(s.t.median / n).toFixed(2),
          spread: runs > 1 ? `${(s.t.min / 1000).toFixed(2)}–${(s.t.max / 1000).toFixed(2)} s` : '1 run',
          ratio: +(s.t.median / t.median).toFixed(2), peakMB: s.peak && Math.round(s.peak), peakRatio: s.peak && peak ? +(s.peak / peak).toFixed(2) : null,
        });
        continue;
      }
      results.fullReports.push({
        files: n, command: cases[k].name, seconds: +(s.t.median / 1000).toFixed(2),
        spread: runs > 1 ? `${(s.t.min / 1000).toFixed(2)}–${(s.t.max / 1000).toFixed(2)} s` : '1 run',
        ratio: +(s.t.median / t.median).toFixed(2), peakMB: s.peak && Math.round(s.peak),
      });
    }
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(work, 'report.json'), { force: true });
    rmSync(join(work, 'json-1000'), { recursive: true, force: true });
  }
  line('3–4. Throughput and scaling: `smscore audit <folder> --quiet`, one process per run');
  console.table(results.scaling);
  line('     The same 1,000 files with full reports (streamed) and with two worker threads (ratio = median / median of --quiet in the same rounds):');
  console.table(results.fullReports);
  line('4b. validate over the same files, in the same rounds (ratio and peakRatio = median time and peak memory / those of audit --quiet):');
  console.table(results.validateScale);
}

// 5. One large brand file: hundreds of channels, a few MB.
{
  const channels = quick ? 300 : 2000;
  const file = join(work, 'large.yaml');
  largeBrand(file, channels);
  const size = statSync(file).size / 1024 / 1024;
  const runs = quick ? 3 : 5;
  // The JSON report (to a file) in the same rounds as --quiet, its baseline: the same audit, no report.
  const report = join(work, 'large.json');
  const q = [];
  const json = [];
  for (let i = 0; i < runs; i++) {
    q.push(measured([bin, 'audit', file, '--quiet', '--no-config']));
    json.push(measured([bin, 'audit', file, '--no-config', '--format', 'json', '-o', report]));
  }
  const full = measured([bin, 'audit', file, '--no-config']);
  const t = stats(q.map((r) => r.ms));
  const tj = stats(json.map((r) => r.ms));
  const quietPeak = Math.max(...q.map((r) => r.peakMB ?? 0)) || null;
  const jsonPeak = Math.max(...json.map((r) => r.peakMB ?? 0)) || null;
  results.largeJson = {
    reportMB: +(statSync(report).size / 1024 / 1024).toFixed(1), medianMs: Math.round(tj.median), range: `${Math.round(tj.min)}–${Math.round(tj.max)}`,
    ratio: +(tj.median / t.median).toFixed(2), peakMB: jsonPeak && Math.round(jsonPeak), peakRatio: jsonPeak && quietPeak ? +(jsonPeak / quietPeak).toFixed(2) : null,
  };
  rmSync(report, { force: true });
  results.large = {
    channels, sizeMB: +size.toFixed(2), quietMedianMs: Math.round(t.median), quietRange: `${Math.round(t.min)}–${Math.round(t.max)}`,
    quietPeakMB: Math.round(Math.max(...q.map((r) => r.peakMB ?? 0))), fullReportMs: Math.round(full.ms), fullReportPeakMB: full.peakMB && Math.round(full.peakMB),
    msPerMB: Math.round(t.median / size),
  };
  line('5. One large brand file');
  console.table([results.large]);
  line('   Its JSON report to a file, in the same rounds as --quiet (ratio and peakRatio = median time and peak memory / those of --quiet):');
  console.table([results.largeJson]);
}

// 6. Where a file's time goes, in a warm process: reading the YAML (the fast reader against the yaml library on the
// same text), validating, auditing. Each case in a fresh process of its own (inProcessCase above); medians of the
// per-file times of its 5 passes on the mid-size example.
{
  const time = (name) => {
    const r = spawnSync(node, [fileURLToPath(import.meta.url), '--in-process', name], { cwd: root, encoding: 'utf8', env: process.env });
    if (r.status !== 0) throw new Error(`bench --in-process ${name} exited with ${r.status}: ${r.stderr.slice(0, 500)}`);
    return stats(JSON.parse(r.stdout));
  };
  const library = time('library');
  const cases = [
    ['read YAML: yaml library (baseline)', library],
    ['read YAML: fast reader', time('reader')],
    ['validate (read + schema + checks)', time('validate')],
    ['audit (score + questions)', time('audit')],
  ];
  results.inProcess = cases.map(([name, t]) => ({ name, msPerFile: +t.median.toFixed(3), range: `${t.min.toFixed(3)}–${t.max.toFixed(3)}`, ratio: +(t.median / library.median).toFixed(2) }));
  line('6. One file\'s work in a warm process (ms per file; ratio = median / median of the yaml library)');
  console.table(results.inProcess);

  // What a run keeps: the heap left after a full garbage collection, every 1,000 files of the audit command's own
  // per-file job (audit, judge, render). Peak RSS also counts garbage not yet collected; this counts what is held.
  const { setup } = await import(pathToFileURL(join(root, 'dist', 'cli', 'commands', 'audit-job.js')).href);
  const { setFlagsFromString } = await import('node:v8');
  const { runInNewContext } = await import('node:vm');
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc');
  const dir = join(work, 'retained');
  generate(dir, 1000, 7);
  const files = readdirSync(dir).map((f) => join(dir, f));
  const job = await setup({ packs: [], render: { locale: 'en', width: 80, quiet: true, root: dir }, reports: [{ format: 'text', color: false }, { format: 'json', color: false }], files: 0, keepOutcome: false });
  const retained = [];
  for (let pass = 1; pass <= (quick ? 2 : 5); pass++) {
    for (const f of files) job(f);
    gc(); gc();
    retained.push({ files: pass * files.length, heapUsedMB: +(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(1) });
  }
  rmSync(dir, { recursive: true, force: true });
  results.retained = retained;
  line('   Heap kept after garbage collection, auditing and rendering (text and JSON pieces) file after file:');
  console.table(retained);
}

// 7. Hostile files under the size limit (issue 20): thousands of problems in one file, and aliases that would
// expand a large map. Each is refused (exit 2) with 100 diagnostics listed and the rest counted; the figures show
// that time and memory stay bounded (before the fix: 28 s to minutes, and up to 1 GB).
{
  const hostile = [
    ['20,000 misspelt keys', 'smscore: 1\nbrand:\n  name: X\n' + Array.from({ length: 20000 }, (_, i) => `  nmae${i}: x\n`).join('')],
    ['10,000 invalid channels', 'smscore: 1\nbrand: { name: X }\nchannels:\n' + Array.from({ length: 10000 }, (_, i) => `  - id: Bad_${i}\n    platform: nope\n`).join('')],
    ['aliases of a 50,000-key map', 'smscore: 1\nbrand: { name: X }\nbig: &B\n' + Array.from({ length: 50000 }, (_, i) => `  k${i}: v\n`).join('') + `list: [${Array(99).fill('*B').join(', ')}]\n`],
  ];
  results.hostile = hostile.map(([name, text]) => {
    const file = join(work, 'hostile.yaml');
    writeFileSync(file, text);
    const args = hasGnuTime ? ['-f', '%M', node, bin, 'validate', file] : [bin, 'validate', file];
    const t0 = process.hrtime.bigint();
    const r = spawnSync(hasGnuTime ? '/usr/bin/time' : node, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 2) throw new Error(`smscore validate <${name}> exited with ${r.status}, not 2: ${r.stderr.slice(0, 500)}`);
    const peak = hasGnuTime ? Math.round(Number(r.stderr.trim().split('\n').at(-1)) / 1024) : null;
    return { name, sizeKB: Math.round(text.length / 1024), ms: Math.round(ms), peakMB: peak };
  });
  line('7. Hostile files under the size limit, `smscore validate` (refused, exit 2)');
  console.table(results.hostile);
}

// 8. Import of a platform export (issue 24): a generated 100,000-row Meta "Content" export (BOM, multi-line
// captions, ragged rows; bench/meta-export.mjs) opened and streamed through readPostTable, each case in a process
// of its own (importCase above), in interleaved rounds. Ratios are to reading the same file whole with
// fs.readFileSync + split in the same rounds; peak RSS is GNU time's. Then the two CSV parsers on the real 500-row
// file of test/fixtures/import/facebook-metrics, warm, in one process.
{
  const { writeMetaExport } = await import('./meta-export.mjs');
  const rows = 100_000;
  const file = join(work, 'Feb-01-2026_Feb-28-2026_1931058604954295.csv');
  const bytes = writeMetaExport(file, rows);
  const self = fileURLToPath(import.meta.url);
  const names = ['readFile + split', 'openExport + readPostTable', 'parseCsv (src/import/csv.ts, whole)', 'csv-parse/sync (whole)'];
  const runOne = (name) => {
    const args = [self, '--import-case', name, file];
    const t0 = process.hrtime.bigint();
    const r = hasGnuTime
      ? spawnSync('/usr/bin/time', ['-f', '%M', node, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 })
      : spawnSync(node, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`bench --import-case ${name} exited with ${r.status}: ${r.stderr.slice(0, 500)}`);
    return { ms, peakMB: hasGnuTime ? Number(r.stderr.trim().split('\n').at(-1)) / 1024 : null, out: JSON.parse(r.stdout) };
  };
  const runs = quick ? 3 : 5;
  const out = names.map(() => []);
  for (let i = 0; i < runs; i++) names.forEach((n, k) => out[k].push(runOne(n)));
  const base = stats(out[0].map((r) => r.ms));
  const basePeak = Math.max(...out[0].map((r) => r.peakMB ?? 0)) || null;
  results.importScale = names.map((name, k) => {
    const t = stats(out[k].map((r) => r.ms));
    const peak = Math.max(...out[k].map((r) => r.peakMB ?? 0)) || null;
    return {
      name, medianMs: Math.round(t.median), range: `${Math.round(t.min)}–${Math.round(t.max)}`, ratio: +(t.median / base.median).toFixed(2),
      peakMB: peak && Math.round(peak), peakRatio: peak && basePeak ? +(peak / basePeak).toFixed(2) : null, read: JSON.stringify(out[k][0].out),
    };
  });
  line(`8. Import: a generated Meta Content export, ${rows.toLocaleString('en')} rows, ${(bytes / 1024 / 1024).toFixed(1)} MB (ratio and peakRatio = median time and peak memory / those of readFile + split)`);
  console.table(results.importScale);
  rmSync(file, { force: true });

  const small = join(root, 'test', 'fixtures', 'import', 'facebook-metrics', 'dataset_Facebook.csv');
  const r = spawnSync(node, [self, '--small-parse', small], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench --small-parse exited with ${r.status}: ${r.stderr.slice(0, 500)}`);
  const per = JSON.parse(r.stdout);
  const lib = stats(per['csv-parse/sync']);
  results.importSmall = Object.entries(per).map(([name, times]) => {
    const t = stats(times);
    return { name, msPerParse: +t.median.toFixed(3), range: `${t.min.toFixed(3)}–${t.max.toFixed(3)}`, ratio: +(t.median / lib.median).toFixed(2) };
  });
  line('   The two CSV parsers on the real 500-row export (test/fixtures/import/facebook-metrics), warm (ratio = median / csv-parse/sync):');
  console.table(results.importSmall);
}

// The goals of issue 9, judged on this run.
{
  const s = (name) => results.startup.find((r) => r.name === name);
  const audit = s('smscore audit <mid-size>').ratio;
  const version = s('smscore --version').ratio;
  const ajv = results.peer[1];
  const ours = results.peer[3];
  const t1k = results.scaling.find((r) => r.files === 1000);
  const t10k = results.scaling.find((r) => r.files === 10000);
  const fullPeak = Math.max(...results.fullReports.map((r) => r.peakMB ?? 0));
  results.goals = {
    'cold audit ≤ 1.8× node -e 0': { value: `${audit}×`, met: audit <= 1.8 },
    '--version ≤ 1.3× node -e 0': { value: `${version}×`, met: version <= 1.3 },
    'faster than ajv-cli on the same file': { value: `${ours.median} ms vs ${ajv.median} ms (${(ours.median / ajv.median).toFixed(2)}×)`, met: ours.median < ajv.median },
    '≥ 500 mid-size files per second in one run': { value: `${t1k.filesPerSecond} files/s`, met: t1k.filesPerSecond >= 500 },
    ...(fullPeak > 0 ? { 'full reports (text, JSON to a file) and workers ≤ 200 MB at 1,000 files': { value: `${fullPeak} MB`, met: fullPeak <= 200 } } : {}),
    ...(t10k ? {
      'per-file time flat from 1,000 to 10,000 files': { value: `${t1k.msPerFile} → ${t10k.msPerFile} ms/file`, met: t10k.msPerFile / t1k.msPerFile < 1.2 },
      'per-file memory flat (nothing kept per file; peak RSS)': {
        value: `heap kept ${results.retained[0].heapUsedMB} → ${results.retained.at(-1).heapUsedMB} MB over ${results.retained.at(-1).files} files; peak RSS ${t1k.peakMB} → ${t10k.peakMB} MB`,
        met: results.retained.at(-1).heapUsedMB / results.retained[0].heapUsedMB < 1.2 && t10k.peakMB <= 200,
      },
      'peak memory ≤ 200 MB at 10,000 files': { value: `${t10k.peakMB} MB`, met: t10k.peakMB <= 200 },
    } : {}),
  };
  line('Goals (issue 9):');
  for (const [goal, { value, met }] of Object.entries(results.goals)) line(`  ${met ? '✔' : '✖'} ${goal}: ${value}`);

  // The goals of issue 20: streamed validate and the large file's JSON report stay within 250 MB.
  const largest = Math.max(...results.validateScale.map((r) => r.files));
  const validatePeak = Math.max(...results.validateScale.filter((r) => r.files === largest && !r.command.startsWith('ajv')).map((r) => r.peakMB ?? 0));
  const ajv1k = results.validateScale.find((r) => r.files === 1000 && r.command.startsWith('ajv'));
  const ours1k = results.validateScale.find((r) => r.files === 1000 && r.command === 'validate <folder>');
  const json = results.largeJson;
  results.goals20 = {
    [`validate at ${largest.toLocaleString('en')} files (text, JSON) ≤ 250 MB peak`]: {
      value: `${validatePeak} MB${largest < 10000 ? ' (quick run: 10,000 files in a full run only)' : ''}`, met: validatePeak > 0 && validatePeak <= 250,
    },
    [`JSON report of the large file (${results.large.sizeMB} MB, ${results.large.channels} channels) ≤ 250 MB peak`]: { value: `${json.peakMB} MB (${json.peakRatio}× --quiet), ${json.reportMB} MB report`, met: json.peakMB !== null && json.peakMB <= 250 },
    ...(ajv1k && ours1k ? { 'validate of 1,000 files no slower than ajv-cli on the same data': { value: `${ours1k.seconds} s vs ${ajv1k.seconds} s (${(ours1k.seconds / ajv1k.seconds).toFixed(2)}×)`, met: ours1k.seconds <= ajv1k.seconds } } : {}),
  };
  line('Goals (issue 20):');
  for (const [goal, { value, met }] of Object.entries(results.goals20)) line(`  ${met ? '✔' : '✖'} ${goal}: ${value}`);
  // The goal of issue 24: a 100,000-row export streamed within 200 MB.
  const stream = results.importScale.find((r) => r.name === 'openExport + readPostTable');
  results.goals24 = {
    'import of a 100,000-row Meta export (streamed) ≤ 200 MB peak': { value: stream.peakMB === null ? 'no GNU time: not measured' : `${stream.peakMB} MB (${stream.peakRatio}× readFile + split), ${(stream.medianMs / 1000).toFixed(2)} s`, met: stream.peakMB !== null && stream.peakMB <= 200 },
  };
  line('Goals (issue 24):');
  for (const [goal, { value, met }] of Object.entries(results.goals24)) line(`  ${met ? '✔' : '✖'} ${goal}: ${value}`);
}

mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'latest.json'), JSON.stringify(results, null, 2) + '\n');
line(`\nWritten: bench/results/latest.json`);
