/**
 * Colour as a value passed to renderers, never read from the environment by them: the CLI decides (TTY,
 * NO_COLOR, FORCE_COLOR, --color) and renderers stay pure and testable.
 */
import { Chalk } from 'chalk';

export interface Style {
  enabled: boolean;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const identity = (s: string) => s;

export const plainStyle: Style = { enabled: false, red: identity, yellow: identity, green: identity, cyan: identity, dim: identity, bold: identity };

export function createStyle(enabled: boolean): Style {
  if (!enabled) return plainStyle;
  const c = new Chalk({ level: 1 });
  return { enabled: true, red: c.red, yellow: c.yellow, green: c.green, cyan: c.cyan, dim: c.dim, bold: c.bold };
}
