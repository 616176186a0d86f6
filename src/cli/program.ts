/**
 * The thin shell: parses flags, builds the run context and hands over to one command module, imported only
 * when that command runs (start-up cost is what editors' save hooks and pre-commit hooks feel).
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { createContext, type CliContext, type GlobalOptions } from './context.js';
import { UsageError } from './errors.js';
import { EXIT } from './exit-codes.js';
import { collect } from './outputs.js';
import { VERSION as version } from './version.js';


const EXIT_CODES_HELP = `
Exit codes:
  0    OK
  1    the audit ran, but a threshold or a failing gap failed it
  2    invalid input, configuration or usage (nothing was audited)
  3    internal error in smscore (please report it; rerun with --debug for details)
  130  interrupted`;

function globalOptions(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals() as GlobalOptions;
}

/** Runs a command module's handler with the context, turning known errors into exit codes. */
async function run(cmd: Command, handler: (ctx: CliContext) => Promise<number> | number): Promise<void> {
  const ctx = createContext(globalOptions(cmd));
  process.exitCode = await handler(ctx);
}

/** A 0–100 number for threshold flags; anything else is a usage error (exit 2). */
function parseScore(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError('expected a number from 0 to 100.');
  return n;
}

export function buildProgram(): Command {
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
    .argument('<files...>', 'brand files (YAML)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-q, --quiet', 'print errors only, not warnings')
    .addHelpText('after', `
Examples:
  $ smscore validate brand.yaml
  $ smscore validate brands/*.yaml --format json
${EXIT_CODES_HELP.replace('1    the audit ran, but a threshold or a failing gap failed it\n  ', '')}`)
    .action(async (files: string[], opts: { format: 'text' | 'json'; quiet?: boolean }, cmd: Command) => {
      const { validateCommand } = await import('./commands/validate.js');
      await run(cmd, (ctx) => validateCommand(files, opts, ctx));
    });

  program
    .command('audit')
    .description('validate, score the five pillars and list the unanswered questions')
    .argument('<files...>', 'brand files (YAML)')
    .option('-f, --format <format>', 'report format: text, json, markdown, html, sarif, junit, github (repeatable)', collect, [])
    .option('-o, --output <file>', 'write the report to a file, atomically (repeatable: the n-th --output takes the n-th --format, or the format its extension names)', collect, [])
    .option('-q, --quiet', 'print the summary line only')
    .option('-v, --verbose', 'print each KPI under its pillar, and an example under each open question')
    .option('--pack <file...>', 'add your own question packs (YAML data files)')
    .option('-c, --config <file>', 'configuration file (default: smscore.config.yaml, looked for from here upwards)')
    .option('--no-config', 'ignore any configuration file')
    .option('--min-score <points>', 'fail (exit 1) when a brand\'s overall score is below this', parseScore)
    .option('--min-readiness <percent>', 'fail when the readiness is below this', parseScore)
    .addOption(new Option('--fail-on <severity>', 'fail when a question of this severity or above is left open').choices(['critical', 'major', 'minor', 'none']))
    .option('--baseline <report.json>', 'compare with a previous `--format json` report: score changes, questions opened and closed')
    .option('--fail-on-regression [points]', 'with --baseline: fail when any score drops by more than this (default 0)', parseScore)
    .addHelpText('after', `
Inputs are files, folders (scanned for *.yaml and *.yml, skipping node_modules, hidden folders and ignored
paths) and quoted globs such as 'brands/**/*.yaml'. Thresholds, per-file overrides and waivers come from
smscore.config.yaml (see docs/CI.md); flags override them.

Examples:
  $ smscore audit examples/maison-lumiere.yaml
  $ smscore audit brand.yaml --lang fr
  $ smscore audit brand.yaml --format json > report.json
  $ smscore audit brand.yaml -f html -o report.html -f markdown -o summary.md
  $ smscore audit brands/*.yaml --output report.sarif --output report.json
  $ smscore audit brands/ --min-score 60 --fail-on critical
  $ smscore audit brands/ --baseline main-report.json --fail-on-regression 2
${EXIT_CODES_HELP}`)
    .action(async (files: string[], opts: import('./commands/audit.js').AuditOptions, cmd: Command) => {
      const { auditCommand } = await import('./commands/audit.js');
      await run(cmd, (ctx) => auditCommand(files, opts, ctx));
    });

  program
    .command('questions')
    .description('list the catalog of « bonnes questions » the audit asks of every brand file')
    .option('--section <section>', 'only this section (strategy, customer, channels, …)')
    .option('--pillar <pillar>', 'only questions that affect this pillar')
    .option('--severity <severity>', 'only this severity: critical, major or minor')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .option('--pack <file...>', 'add your own question packs (YAML data files)')
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
    .option('--pack <file...>', 'add your own question packs (YAML data files)')
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

export async function main(argv: string[]): Promise<void> {
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
      process.stderr.write(`smscore: ${err.message}\n`);
      process.exitCode = EXIT.invalidInput;
      return;
    }
    reportInternalError(err, argv.includes('--debug'));
  }
}

function reportInternalError(err: unknown, debug: boolean): void {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(
    `smscore: internal error: ${message}\n` +
      'This is a bug in smscore, not in your file. Please report it with the command you ran' +
      (debug ? ' and the trace below.\n' : ' (rerun with --debug to see the stack trace).\n'),
  );
  if (debug && err instanceof Error && err.stack) process.stderr.write(err.stack + '\n');
  process.exitCode = EXIT.internalError;
}
