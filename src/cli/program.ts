/**
 * The thin shell: parses flags, builds the run context and hands over to one command module, imported only
 * when that command runs (start-up cost is what editors' save hooks and pre-commit hooks feel).
 */
import { createRequire } from 'node:module';
import type * as commander from 'commander';
import type { CliContext, GlobalOptions } from './context.js';
import { UsageError } from './errors.js';
import { EXIT } from './exit-codes.js';
import { collect, flagRecorder } from './outputs.js';
import { stdoutFailure, watchStdout } from './stdout.js';
import { printable } from '../util/printable.js';
import { ISSUES_URL, VERSION as version } from './version.js';

// commander is CommonJS: require() spares the scan of its exports that an ESM import makes (about 8 ms of every
// start-up on a 2-core machine, docs/PERFORMANCE.md).
const require = createRequire(import.meta.url);
const { Command, CommanderError, InvalidArgumentError, Option } = require('commander') as typeof commander;
type Command = commander.Command;


const EXIT_CODES_HELP = `
Exit codes:
  0    OK
  1    the audit ran, but a threshold or a failing gap failed it
  2    invalid input, configuration or usage (an invalid file is not audited), or a file
       not written to keep it safe (an output that is an input, read-only, changed meanwhile)
  3    internal error in smscore (please report it; rerun with --debug for details)
  130  interrupted`;

function globalOptions(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals() as GlobalOptions;
}

/** Runs a command module's handler with the context, turning known errors into exit codes. */
async function run(cmd: Command, handler: (ctx: CliContext) => Promise<number> | number): Promise<void> {
  // Imported here, not at the top: it brings chalk, which --version and --help do not need.
  const { createContext } = await import('./context.js');
  const ctx = createContext(globalOptions(cmd));
  process.exitCode = await handler(ctx);
}

/** A 0–100 number for threshold flags; anything else is a usage error (exit 2). */
function parseScore(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError('expected a number from 0 to 100.');
  return n;
}

/** --jobs: a whole number of worker threads, 0 for automatic. */
function parseJobs(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n > 64) throw new InvalidArgumentError('expected a whole number from 0 (automatic) to 64.');
  return n;
}

export function buildProgram(): Command {
  const outputFlags = flagRecorder();
  const program = new Command('smscore')
    .description('Score a brand\'s social-media performance on five pillars and list the questions its file leaves unanswered.')
    .version(version, '-V, --version')
    .addOption(new Option('--lang <lang>', 'language of messages (default: from LC_ALL / LC_MESSAGES / LANG, else en)').choices(['en', 'fr']))
    .option('--color', 'force colours')
    .option('--no-color', 'disable colours (NO_COLOR is honoured too)')
    .option('--debug', 'show stack traces of internal errors')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXIT_CODES_HELP)
    .exitOverride();

  program
    .command('validate')
    .description('check brand files against the format; report every problem at file:line:col')
    .argument('[files...]', 'brand files (YAML), folders or quoted globs (default: the folder of smscore.config.yaml)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-q, --quiet', 'print errors only, not warnings')
    .option('-v, --verbose', 'also list the YAML files a folder scan or a glob skipped, and why')
    .option('--only-brand-files', 'skip named files that are not brand files instead of refusing them (for hooks given every staged YAML file)')
    .option('-c, --config <file>', 'configuration file, for its ignored paths and packs (default: smscore.config.yaml, looked for from here upwards)')
    .option('--no-config', 'ignore any configuration file')
    .addHelpText('after', `
Inputs are files, folders and quoted globs such as 'brands/**/*.yaml', as for audit: folders and globs take
the brand files (YAML with a top-level "smscore:" key), skipping other YAML, node_modules, hidden folders,
question packs and ignored paths. With no input: the folder of smscore.config.yaml (looked for from here upwards).

Examples:
  $ smscore validate brand.yaml
  $ smscore validate brands/
  $ smscore validate --verbose
  $ smscore validate 'brands/**/*.yaml' --format json
${EXIT_CODES_HELP.replace('1    the audit ran, but a threshold or a failing gap failed it\n  ', '')}`)
    .action(async (files: string[], opts: import('./commands/validate.js').ValidateOptions, cmd: Command) => {
      const { validateCommand } = await import('./commands/validate.js');
      await run(cmd, (ctx) => validateCommand(files, opts, ctx));
    });

  program
    .command('audit')
    .description('validate, score the five pillars and list the unanswered questions')
    .argument('[files...]', 'brand files (YAML), folders or quoted globs (default: the folder of smscore.config.yaml)')
    .option('-f, --format <format>', 'report format: text, json, markdown, html, sarif, junit, github (repeatable; default: text)', outputFlags.format)
    .option('-o, --output <file>', 'write the report just named by --format to a file, atomically (repeatable; without a --format of its own, the extension names the format)', outputFlags.output)
    .option('-q, --quiet', 'print the summary line only, and what fails the gate')
    .option('-v, --verbose', 'print each KPI under its pillar and an example under each open question; list the YAML files a folder scan skipped')
    .option('--pack <file>', 'add a question pack of your own (a YAML data file; repeat the flag for several)', collect)
    .option('-c, --config <file>', 'configuration file (default: smscore.config.yaml, looked for from here upwards)')
    .option('--no-config', 'ignore any configuration file')
    .option('--min-score <points>', 'fail (exit 1) when a brand\'s overall score is below this', parseScore)
    .option('--min-readiness <percent>', 'fail when the readiness is below this', parseScore)
    .addOption(new Option('--fail-on <severity>', 'fail when a question of this severity or above is left open').choices(['critical', 'major', 'minor', 'none']))
    .option('--baseline <report.json>', 'compare with a previous `--format json` report: score changes, questions opened and closed')
    .option('--fail-on-regression [points]', 'with --baseline: fail when any score drops by more than this (default 0)', parseScore)
    .option('--only-brand-files', 'skip named files that are not brand files instead of refusing them; none at all is not an error (for hooks given every staged YAML file)')
    .option('-j, --jobs <n>', 'worker threads: 0 = automatic (with 200 files or more and 3 cores or more: one per core but one), 1 = none', parseJobs)
    .addHelpText('after', `
Inputs are files, folders and quoted globs such as 'brands/**/*.yaml'. Folders and globs take the brand files
(YAML with a top-level "smscore:" key), skipping other YAML (--verbose lists it), node_modules, hidden folders,
question packs and ignored paths. With no input: the folder of smscore.config.yaml (looked for from here
upwards). Thresholds, per-file overrides and waivers come from smscore.config.yaml (see docs/CI.md); flags
override them.

Examples:
  $ smscore audit examples/maison-lumiere.yaml
  $ smscore audit
  $ smscore audit brand.yaml --lang fr
  $ smscore audit brand.yaml --format json > report.json
  $ smscore audit brand.yaml -f html -o report.html -f markdown -o summary.md
  $ smscore audit brands/*.yaml --output report.sarif --output report.json
  $ smscore audit brands/ --min-score 60 --fail-on critical
  $ smscore audit brands/ --baseline main-report.json --fail-on-regression 2
${EXIT_CODES_HELP}`)
    .action(async (files: string[], opts: import('./commands/audit.js').AuditOptions, cmd: Command) => {
      const { auditCommand } = await import('./commands/audit.js');
      await run(cmd, (ctx) => auditCommand(files, { ...opts, outputSequence: outputFlags.sequence }, ctx));
    });

  program
    .command('questions')
    .description('list the catalog of « bonnes questions » the audit asks of every brand file')
    .option('--section <section>', 'only this section (strategy, customer, channels, …)')
    .option('--pillar <pillar>', 'only questions that affect this pillar')
    .option('--severity <severity>', 'only this severity: critical, major or minor')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .option('--pack <file>', 'add a question pack of your own (a YAML data file; repeat the flag for several)', collect)
    .addHelpText('after', `
Examples:
  $ smscore questions
  $ smscore questions --section listening --lang fr
  $ smscore questions --severity critical --format markdown > critical.md`)
    .action(async (opts: import('./commands/questions.js').QuestionsOptions, cmd: Command) => {
      const { questionsCommand } = await import('./commands/questions.js');
      await run(cmd, (ctx) => questionsCommand(opts, ctx));
    });

  program
    .command('explain')
    .description('explain one question in full, or every number of a brand file\'s scores')
    .argument('<target>', 'a question id (see "smscore questions"), or a brand file')
    .option('--pillar <pillar>', 'with a brand file: only this pillar')
    .option('--channel <id>', 'with a brand file: only this channel')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .option('--pack <file>', 'add a question pack of your own (a YAML data file; repeat the flag for several)', collect)
    .addHelpText('after', `
Examples:
  $ smscore explain channel-role
  $ smscore explain examples/maison-lumiere.yaml --pillar engagement
  $ smscore explain brand.yaml --channel instagram --lang fr`)
    .action(async (target: string, opts: import('./commands/explain.js').ExplainOptions, cmd: Command) => {
      const { explainCommand } = await import('./commands/explain.js');
      await run(cmd, (ctx) => explainCommand(target, opts, ctx));
    });

  program
    .command('questionnaire')
    .description('answer the open questions one by one (or create a brand file); the file keeps its comments')
    .argument('[file]', 'brand file (YAML); created when it does not exist', 'brand.yaml')
    .option('--section <section>', 'only questions of this section (strategy, customer, channels, …)')
    .option('--pillar <pillar>', 'only questions that affect this pillar')
    .option('--severity <severity>', 'only this severity: critical, major or minor')
    .option('--limit <n>', 'ask at most n questions, most severe first', (v: string) => {
      const n = Number(v);
      if (!/^\d+$/.test(v.trim()) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more.');
      return n;
    })
    .option('--answers <file>', 'apply prepared answers (YAML: question id → answer) without prompts, for scripts')
    .option('-y, --yes', 'write without the final confirmation')
    .option('--pack <file>', 'add a question pack of your own (a YAML data file; repeat the flag for several)', collect)
    .option('-c, --config <file>', 'configuration file whose packs and benchmarks apply (default: smscore.config.yaml, looked for from here upwards)')
    .option('--no-config', 'ignore any configuration file')
    .addHelpText('after', `
Needs an interactive terminal, except with --answers. Ctrl-C leaves the file untouched; the answers given so
far are kept in .<file>.smscore-answers.yaml and offered on the next run. See docs/QUESTIONNAIRE.md.

Examples:
  $ smscore questionnaire
  $ smscore questionnaire brand.yaml --severity critical --limit 5
  $ smscore questionnaire brand.yaml --section channels --lang fr
  $ smscore questionnaire brand.yaml --answers answers.yaml
${EXIT_CODES_HELP.replace('1    the audit ran, but a threshold or a failing gap failed it\n  ', '')}`)
    .action(async (file: string | undefined, opts: import('./commands/questionnaire.js').QuestionnaireOptions, cmd: Command) => {
      const { questionnaireCommand } = await import('./commands/questionnaire.js');
      await run(cmd, (ctx) => questionnaireCommand(file, opts, ctx));
    });

  program
    .command('import')
    .description('fill a channel\'s metrics from a platform export (Facebook, Instagram, or any CSV with a mapping)')
    .argument('<format>', 'facebook, instagram, or generic (with --mapping)')
    .argument('<export>', 'the exported CSV file')
    .requiredOption('--into <brand.yaml>', 'the brand file to update (its comments are kept)')
    .requiredOption('--channel <id>', 'the channel whose metrics are filled')
    .option('--period <start..end>', 'keep the posts of this period (default: the brand file\'s period)')
    .option('--mapping <file>', 'for the generic format: which column holds which figure')
    .option('--dry-run', 'show what would change without writing')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', `
Reach is never summed across posts (people are counted once per post): the median reach per post is stored.
Rows with impossible or unreadable figures are rejected with their line numbers (docs/IMPORT.md).

Examples:
  $ smscore import facebook insights.csv --into brand.yaml --channel facebook
  $ smscore import instagram posts.csv --into brand.yaml --channel instagram --period 2026-01-01..2026-03-31
  $ smscore import generic export.csv --mapping columns.yaml --into brand.yaml --channel forum --dry-run`)
    .action(async (format: string, file: string, opts: import('./commands/import.js').ImportOptions, cmd: Command) => {
      const { importCommand } = await import('./commands/import.js');
      await run(cmd, (ctx) => importCommand(format, file, opts, ctx));
    });

  program
    .command('schema')
    .description('print the JSON Schema of the brand file (draft 2020-12), for editors and other tools')
    .option('--path', 'print the schema file\'s location instead of its content')
    .addHelpText('after', `
Examples:
  $ smscore schema > brand.schema.json
  $ smscore schema --path`)
    .action(async (opts: { path?: boolean }, cmd: Command) => {
      const { schemaCommand } = await import('./commands/schema.js');
      await run(cmd, (ctx) => schemaCommand(opts, ctx));
    });

  return program;
}

/**
 * The work of an `audit --jobs` worker thread (src/parallel/pool.ts), for the bundle's worker entry
 * (dist/bundle/audit-worker.cjs, made by scripts/build-bundle.mjs): a worker then runs the same bundle, with the same
 * code cache, as the command that started it. Imported when called, like the commands.
 */
export async function serveAuditJob(): Promise<void> {
  const [{ serve }, { setup }] = await Promise.all([import('../parallel/worker.js'), import('./commands/audit-job.js')]);
  serve(setup);
}

export async function main(argv: string[]): Promise<void> {
  // `smscore … | head` closes the pipe early: that is the reader's choice, not an error. The run goes on without
  // standard output (report files are still written and committed) and exits with its own code.
  watchStdout();
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version exit 0; every other commander error is a usage error. Commander already printed it.
      process.exitCode = err.exitCode === 0 ? EXIT.ok : EXIT.invalidInput;
      return;
    }
    if (err instanceof UsageError) {
      // Its lines are ours; a value inside them was made printable where it entered the message (this is a net).
      process.stderr.write(`smscore: ${err.message.split('\n').map(printable).join('\n')}\n`);
      process.exitCode = EXIT.invalidInput;
      return;
    }
    reportInternalError(err, argv.includes('--debug'));
  } finally {
    // A failed write to standard output says so in an 'error' event a tick later: let it arrive first.
    await new Promise((resolve) => setImmediate(resolve));
    if (stdoutFailure() !== undefined) await reportStdoutFailure(argv);
  }
}

/** Standard output failed (a full disk behind `> report.txt`): the report there is incomplete, which must not pass. */
async function reportStdoutFailure(argv: readonly string[]): Promise<void> {
  const [{ resolveLocale }, { t }] = await Promise.all([import('../i18n/translate.js'), import('./messages.js')]);
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const lang = i === -1 ? undefined : argv[i]!.includes('=') ? argv[i]!.slice('--lang='.length) : argv[i + 1];
  process.stderr.write(`smscore: ${t(resolveLocale(lang), 'cli.stdout-failed', { code: stdoutFailure()! })}\n`);
  // An internal error (3) or an interrupt (130) says more; anything else becomes a usage-level failure.
  if (process.exitCode !== EXIT.internalError && process.exitCode !== EXIT.interrupted) process.exitCode = EXIT.invalidInput;
}

function reportInternalError(err: unknown, debug: boolean): void {
  // An unexpected error's message may quote an input (a file name, a value): printable(), on one line.
  const message = printable(err instanceof Error ? err.message : String(err));
  process.stderr.write(
    `smscore: internal error: ${message}\n` +
      `This is a bug in smscore, not in your file. Please report it at ${ISSUES_URL} with the command you ran` +
      (debug ? ' and the trace below.\n' : ' (rerun with --debug to see the stack trace).\n'),
  );
  if (debug && err instanceof Error && err.stack) process.stderr.write(err.stack + '\n');
  process.exitCode = EXIT.internalError;
}
