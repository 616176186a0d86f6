/**
 * What the environment decides for a run (language, colour, width), worked out once in the shell so that the
 * core and the renderers never read process.env themselves.
 */
import { resolveLocale, type Locale } from '../i18n/translate.js';
import { createStyle, type Style } from '../render/style.js';
import { stderrGone, stdoutGone } from './stdout.js';

export interface GlobalOptions {
  lang?: string;
  color?: boolean;
  debug?: boolean;
}

export interface CliContext {
  locale: Locale;
  /** True when --lang was given: it then wins over a configuration's default language. */
  langFromFlag: boolean;
  style: Style;
  /** Usable terminal width, for tables and wrapping. */
  width: number;
  debug: boolean;
  out(text: string): void;
  err(text: string): void;
}

/** --color / --no-color win; then NO_COLOR (any non-empty value), then FORCE_COLOR, then "is it a terminal". */
export function colorEnabled(flag: boolean | undefined, stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

export function terminalWidth(stream: { columns?: number; isTTY?: boolean }, env: NodeJS.ProcessEnv): number {
  const fromEnv = Number(env.COLUMNS);
  const width = stream.isTTY && stream.columns ? stream.columns : Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 80;
  return Math.max(40, Math.min(width, 160));
}

export function createContext(options: GlobalOptions, env: NodeJS.ProcessEnv = process.env): CliContext {
  return {
    locale: resolveLocale(options.lang, env),
    langFromFlag: options.lang !== undefined,
    style: createStyle(colorEnabled(options.color, process.stdout, env)),
    width: terminalWidth(process.stdout, env),
    debug: Boolean(options.debug),
    out: (text) => {
      if (!stdoutGone()) process.stdout.write(text.endsWith('\n') ? text : text + '\n');
    },
    err: (text) => {
      if (!stderrGone()) process.stderr.write(text.endsWith('\n') ? text : text + '\n');
    },
  };
}
