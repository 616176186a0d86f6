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
import { visibleWidth, wrap } from '../render/text-wrap.js';
import { resolveLocale, type Locale } from '../i18n/translate.js';
import { commanderErrorText, commanderHelp } from './commander-words.js';
import { tHelp, type HelpKey } from './help-messages.js';
import { ISSUES_URL, VERSION as version } from './version.js';

// commander is CommonJS: require() spares the scan of its exports that an ESM import makes (about 8 ms of every
// start-up on a 2-core machine, docs/PERFORMANCE.md).
const require = createRequire(import.meta.url);
const { Command, CommanderError, InvalidArgumentError, Option } = require('commander') as typeof commander;
type Command = commander.Command;


/** The exit codes, for the end of --help; `gate`: whether the command has a gate (exit 1). */
function exitCodesHelp(locale: Locale, gate: boolean): string {
  const h = (key: HelpKey) => tHelp(locale, key);
  const codes = (gate ? ['0', '1', '2', '3', '130'] : ['0', '2', '3', '130']) as ('0' | '1' | '2' | '3' | '130')[];
  // One line per code: fittedHelp wraps it to the terminal, its continuation lines under its text.
  const lines = codes.map((code) => `  ${code.padEnd(5)}${h(`exit.${code}`).split('\n').join(' ')}`);
  return `\n${h('exit.title')}\n${lines.join('\n')}`;
}

/**
 * Text after the options (examples, exit codes, notes), wrapped when help is printed to the width commander wraps
 * the options at (the terminal's, else 80): a long line's continuation lines go under its text — past an exit code
 * or a "$ " — instead of being cut by the terminal mid-word.
 */
function fittedHelp(text: string): (context: { error: boolean }) => string {
  return ({ error }) => {
    const stream = error ? process.stderr : process.stdout;
    const width = stream.isTTY && stream.columns ? stream.columns : 80;
    return text.split('\n').flatMap((line) => {
      if (visibleWidth(line) <= width) return [line];
      const lead = /^( *(?:\d+ +|\$ )?)/.exec(line)![1]!;
      const indent = /^ */.exec(line)![0];
      return wrap(line.slice(indent.length), width, indent, ' '.repeat(Math.min(lead.length, Math.floor(width / 2))));
    }).join('\n');
  };
}

/** An "Examples:" block: commands, the same in every language. */
function examples(locale: Locale, ...commands: string[]): string {
  return `\n${tHelp(locale, 'examples')}\n${commands.map((c) => `  $ ${c}`).join('\n')}`;
}

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
function scoreParser(locale: Locale): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError(tHelp(locale, 'arg.score'));
    return n;
  };
}

/** --jobs: a whole number of worker threads, 0 for automatic. */
function jobsParser(locale: Locale): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n > 64) throw new InvalidArgumentError(tHelp(locale, 'arg.jobs'));
    return n;
  };
}

/** The language of a run, known before commander parses anything: its help and its errors are written in it. */
export function localeFromArgv(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Locale {
  const end = argv.indexOf('--');
  const args = end === -1 ? argv : argv.slice(0, end);
  // The last one, as commander takes it.
  const i = args.findLastIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const lang = i === -1 ? undefined : args[i]!.includes('=') ? args[i]!.slice('--lang='.length) : args[i + 1];
  return resolveLocale(lang, env);
}

export function buildProgram(locale: Locale = 'en'): Command {
  const h = (key: HelpKey) => tHelp(locale, key);
  /** A flag with its value placeholder in the run's language: `--config <fichier>`. */
  const v = (flags: string, value: HelpKey) => `${flags} <${h(value)}>`;
  const parseScore = scoreParser(locale);
  const outputFlags = flagRecorder();
  const program = new Command('smscore')
    // Set before the commands are added: each command copies them (help words, error words, exit override).
    .configureHelp(commanderHelp(locale))
    .configureOutput({ outputError: (text, write) => write(commanderErrorText(locale, text)) })
    .helpOption('-h, --help', h('commander.help-option'))
    .helpCommand(h('commander.help-command'), h('commander.help-option'))
    .showHelpAfterError(h('commander.after-error'))
    .exitOverride()
    .usage(h('commander.usage.program'))
    .description(h('program.description'))
    .version(version, '-V, --version', h('commander.version-option'))
    .addOption(new Option(v('--lang', 'value.lang'), h('program.lang')).choices(['en', 'fr']))
    .option('--color', h('program.color'))
    .option('--no-color', h('program.no-color'))
    .option('--debug', h('program.debug'))
    .addHelpText('after', fittedHelp(exitCodesHelp(locale, true)));

  const files = `[${h('arg.files')}...]`;
  const formatOption = (choices: string[]) => new Option(v('-f, --format', 'value.format'), h('opt.format')).choices(choices).default('text');
  const packOption = () => new Option(v('--pack', 'value.file'), h('opt.pack')).argParser(collect);

  program
    .command('validate')
    .description(h('validate.description'))
    .argument(files, h('arg.files.description'))
    .addOption(formatOption(['text', 'json']))
    .option('-q, --quiet', h('validate.quiet'))
    .option('-v, --verbose', h('validate.verbose'))
    .option('--only-brand-files', h('validate.only-brand-files'))
    .option(v('-c, --config', 'value.file'), h('validate.config'))
    .option('--no-config', h('opt.no-config'))
    .addHelpText('after', fittedHelp(`\n${h('validate.after')}\n${examples(locale,
      'smscore validate brand.yaml',
      'smscore validate brands/',
      'smscore validate --verbose',
      'smscore validate \'brands/**/*.yaml\' --format json',
    )}\n${exitCodesHelp(locale, false)}`))
    .action(async (files: string[], opts: import('./commands/validate.js').ValidateOptions, cmd: Command) => {
      const { validateCommand } = await import('./commands/validate.js');
      await run(cmd, (ctx) => validateCommand(files, opts, ctx));
    });

  program
    .command('audit')
    .description(h('audit.description'))
    .argument(files, h('arg.files.description'))
    .option(v('-f, --format', 'value.format'), h('audit.format'), outputFlags.format)
    .option(v('-o, --output', 'value.file'), h('audit.output'), outputFlags.output)
    .option('-q, --quiet', h('audit.quiet'))
    .option('-v, --verbose', h('audit.verbose'))
    .addOption(packOption())
    .option(v('-c, --config', 'value.file'), h('audit.config'))
    .option('--no-config', h('opt.no-config'))
    .option(v('--min-score', 'value.points'), h('audit.min-score'), parseScore)
    .option(v('--min-readiness', 'value.percent'), h('audit.min-readiness'), parseScore)
    .addOption(new Option(v('--fail-on', 'value.severity'), h('audit.fail-on')).choices(['critical', 'major', 'minor', 'none']))
    .option(v('--baseline', 'value.report'), h('audit.baseline'))
    .option(`--fail-on-regression [${h('value.points')}]`, h('audit.fail-on-regression'), parseScore)
    .option('--only-brand-files', h('audit.only-brand-files'))
    .option(v('-j, --jobs', 'value.n'), h('audit.jobs'), jobsParser(locale))
    .addHelpText('after', fittedHelp(`\n${h('audit.after')}\n${examples(locale,
      'smscore audit examples/maison-lumiere.yaml',
      'smscore audit',
      'smscore audit brand.yaml --lang fr',
      'smscore audit brand.yaml --format json > report.json',
      'smscore audit brand.yaml -f html -o report.html -f markdown -o summary.md',
      'smscore audit brands/*.yaml --output report.sarif --output report.json',
      'smscore audit brands/ --min-score 60 --fail-on critical',
      'smscore audit brands/ --baseline main-report.json --fail-on-regression 2',
    )}\n${exitCodesHelp(locale, true)}`))
    .action(async (files: string[], opts: import('./commands/audit.js').AuditOptions, cmd: Command) => {
      const { auditCommand } = await import('./commands/audit.js');
      await run(cmd, (ctx) => auditCommand(files, { ...opts, outputSequence: outputFlags.sequence }, ctx));
    });

  program
    .command('questions')
    .description(h('questions.description'))
    .option(v('--section', 'value.section'), h('questions.section'))
    .option(v('--pillar', 'value.pillar'), h('opt.pillar'))
    .option(v('--severity', 'value.severity'), h('opt.severity'))
    .addOption(formatOption(['text', 'json', 'markdown']))
    .addOption(packOption())
    .addHelpText('after', fittedHelp(examples(locale,
      'smscore questions',
      'smscore questions --section listening --lang fr',
      'smscore questions --severity critical --format markdown > critical.md',
    )))
    .action(async (opts: import('./commands/questions.js').QuestionsOptions, cmd: Command) => {
      const { questionsCommand } = await import('./commands/questions.js');
      await run(cmd, (ctx) => questionsCommand(opts, ctx));
    });

  program
    .command('explain')
    .description(h('explain.description'))
    .argument(`<${h('arg.target')}>`, h('explain.target'))
    .option(v('--pillar', 'value.pillar'), h('explain.pillar'))
    .option(v('--channel', 'value.id'), h('explain.channel'))
    .addOption(formatOption(['text', 'json', 'markdown']))
    .addOption(packOption())
    .addHelpText('after', fittedHelp(examples(locale,
      'smscore explain channel-role',
      'smscore explain examples/maison-lumiere.yaml --pillar engagement',
      'smscore explain brand.yaml --channel instagram --lang fr',
    )))
    .action(async (target: string, opts: import('./commands/explain.js').ExplainOptions, cmd: Command) => {
      const { explainCommand } = await import('./commands/explain.js');
      await run(cmd, (ctx) => explainCommand(target, opts, ctx));
    });

  program
    .command('questionnaire')
    .description(h('questionnaire.description'))
    .argument(`[${h('arg.file')}]`, h('questionnaire.file'), 'brand.yaml')
    .option(v('--section', 'value.section'), h('opt.section'))
    .option(v('--pillar', 'value.pillar'), h('opt.pillar'))
    .option(v('--severity', 'value.severity'), h('opt.severity'))
    .option(v('--limit', 'value.n'), h('questionnaire.limit'), (value: string) => {
      const n = Number(value);
      if (!/^\d+$/.test(value.trim()) || n < 1) throw new InvalidArgumentError(h('arg.limit'));
      return n;
    })
    .option(v('--answers', 'value.file'), h('questionnaire.answers'))
    .option('-y, --yes', h('questionnaire.yes'))
    .addOption(packOption())
    .option(v('-c, --config', 'value.file'), h('questionnaire.config'))
    .option('--no-config', h('opt.no-config'))
    .addHelpText('after', fittedHelp(`\n${h('questionnaire.after')}\n${examples(locale,
      'smscore questionnaire',
      'smscore questionnaire brand.yaml --severity critical --limit 5',
      'smscore questionnaire brand.yaml --section channels --lang fr',
      'smscore questionnaire brand.yaml --answers answers.yaml',
    )}\n${exitCodesHelp(locale, false)}`))
    .action(async (file: string | undefined, opts: import('./commands/questionnaire.js').QuestionnaireOptions, cmd: Command) => {
      const { questionnaireCommand } = await import('./commands/questionnaire.js');
      await run(cmd, (ctx) => questionnaireCommand(file, opts, ctx));
    });

  program
    .command('import')
    .description(h('import.description'))
    .argument(`<${h('arg.paths')}...>`, h('import.paths'))
    .requiredOption(v('--into', 'value.brand'), h('import.into'))
    .addOption(new Option(v('--channel', 'value.channel-map'), h('import.channel')).argParser(collect))
    .option(v('--from', 'value.format-id'), h('import.from'))
    .option(v('--period', 'value.period'), h('import.period'))
    .option(v('--mapping', 'value.file'), h('import.mapping'))
    .option('--replace-channel', h('import.replace-channel'))
    .option('--keep-others', h('import.keep-others'))
    .option('--dry-run', h('import.dry-run'))
    .addOption(formatOption(['text', 'json']))
    .addHelpText('after', fittedHelp(`\n${h('import.after')}\n${examples(locale,
      'smscore import exports/ --into brand.yaml',
      'smscore import Content.csv --into brand.yaml --channel instagram=insta-fr',
      'smscore import exports/ --into brand.yaml --replace-channel --dry-run',
      'smscore import insights.csv --from facebook --into brand.yaml --channel facebook',
      'smscore import facebook insights.csv --into brand.yaml --channel facebook',
      'smscore import generic export.csv --mapping columns.yaml --into brand.yaml --channel forum',
    )}\n${exitCodesHelp(locale, false)}`))
    .action(async (paths: string[], opts: import('./commands/import.js').ImportOptions, cmd: Command) => {
      const { importCommand } = await import('./commands/import.js');
      await run(cmd, (ctx) => importCommand(paths, opts, ctx));
    });

  program
    .command('schema')
    .description(h('schema.description'))
    .option('--path', h('schema.path'))
    .addHelpText('after', fittedHelp(examples(locale,
      'smscore schema > brand.schema.json',
      'smscore schema --path',
    )))
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
  // The whole argv (node and script first, never taken for --lang): commander alone reads it further.
  const locale = localeFromArgv(argv);
  const program = buildProgram(locale);
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
    await reportInternalError(err, locale, argv.includes('--debug'));
  } finally {
    // A failed write to standard output says so in an 'error' event a tick later: let it arrive first.
    await new Promise((resolve) => setImmediate(resolve));
    if (stdoutFailure() !== undefined) await reportStdoutFailure(locale);
  }
}

/** Standard output failed (a full disk behind `> report.txt`): the report there is incomplete, which must not pass. */
async function reportStdoutFailure(locale: Locale): Promise<void> {
  const { t } = await import('./messages.js');
  process.stderr.write(`smscore: ${t(locale, 'cli.stdout-failed', { code: stdoutFailure()! })}\n`);
  // An internal error (3) or an interrupt (130) says more; anything else becomes a usage-level failure.
  if (process.exitCode !== EXIT.internalError && process.exitCode !== EXIT.interrupted) process.exitCode = EXIT.invalidInput;
}

async function reportInternalError(err: unknown, locale: Locale, debug: boolean): Promise<void> {
  const { tUsage } = await import('./usage-messages.js');
  // An unexpected error's message may quote an input (a file name, a value): printable(), on one line.
  const message = printable(err instanceof Error ? err.message : String(err));
  process.stderr.write(`smscore: ${tUsage(locale, debug ? 'cli.internal-error.debug' : 'cli.internal-error', { message, url: ISSUES_URL })}\n`);
  if (debug && err instanceof Error && err.stack) process.stderr.write(err.stack + '\n');
  process.exitCode = EXIT.internalError;
}
