/**
 * The message catalogue, whole: every area's dictionary (each kept beside its code, so that areas are edited apart),
 * gathered here so that a translator can read one language end to end, and so that test/i18n/catalogue.test.ts can
 * check that every message exists in every language with the same placeholders.
 *
 * List it without npm: `node scripts/messages.mjs [en|fr|both] [--area <name>]` (after a build).
 * Not imported by the CLI: a command loads only the messages of the areas it uses.
 */
import { t as cli } from '../cli/messages.js';
import { tHelp as cliHelp } from '../cli/help-messages.js';
import { tUsage } from '../cli/usage-messages.js';
import { tg as gate } from '../gate/messages.js';
import { tFormat } from '../import/format-messages.js';
import { EXPORT_FORMATS } from '../import/formats/index.js';
import { ti as importWords } from '../import/messages.js';
import { tRead as importRead } from '../import/read/messages.js';
import { tInputRole, tWrite } from '../io/messages.js';
import { tqn as questionnaire } from '../questionnaire/messages.js';
import { tq as questions } from '../questions/messages.js';
import { tAnnotations } from '../render/ci-github.js';
import { tCi } from '../render/ci-messages.js';
import { th as html } from '../render/html-messages.js';
import { tr as report } from '../render/messages.js';
import { t as explain } from '../score/explain.js';
import { tDiagnostic } from '../validate/messages.js';
import { LOCALES, type Dictionary, type Locale, type MessageArgs } from './translate.js';

export interface CatalogueArea {
  /** A short name, for listings and test names. */
  area: string;
  /** Where its messages are written, for the translator who fixes one. */
  source: string;
  messages: Dictionary;
}

export const CATALOGUE: readonly CatalogueArea[] = [
  { area: 'cli', source: 'src/cli/messages.ts', messages: cli.messages },
  { area: 'cli-help', source: 'src/cli/help-messages.ts', messages: cliHelp.messages },
  { area: 'cli-usage', source: 'src/cli/usage-messages.ts', messages: tUsage.messages },
  { area: 'diagnostics', source: 'src/validate/messages.ts (and the plausibility rules, src/validate/plausibility.ts)', messages: tDiagnostic.messages },
  { area: 'files', source: 'src/io/messages.ts', messages: tWrite.messages },
  { area: 'file-roles', source: 'src/io/messages.ts', messages: tInputRole.messages },
  { area: 'gate', source: 'src/gate/messages.ts', messages: gate.messages },
  { area: 'import', source: 'src/import/messages.ts', messages: importWords.messages },
  { area: 'import-formats', source: 'src/import/format-messages.ts', messages: tFormat.messages },
  { area: 'import-read', source: 'src/import/read/messages.ts', messages: importRead.messages },
  { area: 'questions', source: 'src/questions/messages.ts', messages: questions.messages },
  { area: 'questionnaire', source: 'src/questionnaire/messages.ts', messages: questionnaire.messages },
  { area: 'report', source: 'src/render/messages.ts', messages: report.messages },
  { area: 'report-html', source: 'src/render/html-messages.ts', messages: html.messages },
  { area: 'annotations', source: 'src/render/ci-github.ts', messages: tAnnotations.messages },
  { area: 'report-ci', source: 'src/render/ci-messages.ts', messages: tCi.messages },
  { area: 'explain', source: 'src/score/explain.ts', messages: explain.messages },
  ...formatAreas(),
];

/** The words of each platform's export formats, one area per module (src/import/formats/<platform>.ts). */
function formatAreas(): CatalogueArea[] {
  const seen = new Map<Dictionary, string>();
  for (const f of EXPORT_FORMATS) if (!seen.has(f.messages)) seen.set(f.messages, f.platform ?? f.id);
  return [...seen].map(([messages, platform]) => ({ area: `import-${platform}`, source: `src/import/formats/ (${platform})`, messages }));
}

/**
 * A message as a translator reads it: a template as written; a function (plurals, optional parts) called with
 * stand-in arguments that print as their {name} and count as `count` (1 for the singular form, 2 for the plural).
 */
export function messageText(locale: Locale, area: CatalogueArea, key: string, count = 2, read?: Set<string>): string | undefined {
  const msg = area.messages[locale][key];
  if (msg === undefined || typeof msg === 'string') return msg;
  return msg(standIns(count, read));
}

/** Arguments whose text is "{name}" and whose number is `count`, whatever the message asks for; `read` notes which. */
function standIns(count: number, read?: Set<string>): MessageArgs {
  return new Proxy({} as MessageArgs, {
    get: (_target, name) => {
      if (typeof name !== 'string') return undefined;
      read?.add(name);
      return { toString: () => `{${name}}`, valueOf: () => count, [Symbol.toPrimitive]: (hint: string) => (hint === 'number' ? count : `{${name}}`) } as unknown as string;
    },
    has: () => true,
  });
}

/** The placeholders a message uses: a template's {name}s, or the arguments a function reads in either form. */
export function placeholders(locale: Locale, area: CatalogueArea, key: string): string[] {
  const names = new Set<string>();
  for (const count of [1, 2]) {
    const text = messageText(locale, area, key, count, names);
    if (typeof area.messages[locale][key] === 'string') for (const m of (text ?? '').matchAll(/\{(\w+)\}/g)) names.add(m[1]!);
  }
  return [...names].sort();
}

export { LOCALES };
