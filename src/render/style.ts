/**
 * Colour as a value passed to renderers, never read from the environment by them: the CLI decides (TTY,
 * NO_COLOR, FORCE_COLOR, --color) and renderers stay pure and testable.
 */
import { Chalk } from 'chalk';

/**
 * Colours one piece of text. Strictly one argument: chalk's functions join every argument they get, so
 * `lines.map(style.dim)` printed each line followed by its index and the whole array. The `never[]` rest makes
 * the compiler refuse that call (map's index is not `never`), and the wrappers below take one argument at run
 * time whatever the caller does.
 */
export type Paint = (text: string, ...none: never[]) => string;

export interface Style {
  readonly enabled: boolean;
  readonly red: Paint;
  readonly yellow: Paint;
  readonly green: Paint;
  readonly cyan: Paint;
  readonly dim: Paint;
  readonly bold: Paint;
}

const identity: Paint = (s) => s;

export const plainStyle: Style = { enabled: false, red: identity, yellow: identity, green: identity, cyan: identity, dim: identity, bold: identity };

export function createStyle(enabled: boolean): Style {
  if (!enabled) return plainStyle;
  const c = new Chalk({ level: 1 });
  return {
    enabled: true,
    red: (s) => c.red(s), yellow: (s) => c.yellow(s), green: (s) => c.green(s), cyan: (s) => c.cyan(s), dim: (s) => c.dim(s), bold: (s) => c.bold(s),
  };
}
