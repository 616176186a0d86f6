// Lists the message catalogue (src/i18n/catalogue.ts) for a translator or a reviewer, from the built code:
//   node scripts/messages.mjs            every message, English then French, area by area
//   node scripts/messages.mjs fr         one language only
//   node scripts/messages.mjs --area cli-help
//   node scripts/messages.mjs --missing  only the messages missing in a language or whose placeholders differ
// Messages written as functions (plurals, optional parts) are shown with their placeholders as {name} and their
// plural form. Run `npm run build` first (the script reads dist/).
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { CATALOGUE, LOCALES, messageText, placeholders } = await import(join(root, 'dist', 'i18n', 'catalogue.js'));

const args = process.argv.slice(2);
const areaAt = args.indexOf('--area');
const onlyArea = areaAt === -1 ? undefined : args[areaAt + 1];
const missingOnly = args.includes('--missing');
const langs = LOCALES.filter((l) => args.includes(l));
const shown = langs.length > 0 ? langs : LOCALES;
const areas = CATALOGUE.filter((a) => onlyArea === undefined || a.area === onlyArea);
if (areas.length === 0) {
  console.error(`no area "${onlyArea}"; areas: ${CATALOGUE.map((a) => a.area).join(', ')}`);
  process.exit(2);
}

const oneLine = (text) => text.replace(/\n/g, '\\n');
let problems = 0;
for (const area of areas) {
  const keys = [...new Set(LOCALES.flatMap((l) => Object.keys(area.messages[l])))];
  const lines = [];
  for (const key of keys) {
    const missing = LOCALES.filter((l) => area.messages[l][key] === undefined);
    const names = LOCALES.map((l) => placeholders(l, area, key).join(','));
    const differ = missing.length === 0 && new Set(names).size > 1;
    if (missingOnly && missing.length === 0 && !differ) continue;
    if (missing.length > 0 || differ) problems++;
    lines.push(`  ${key}${missing.length > 0 ? `   [missing: ${missing.join(', ')}]` : ''}${differ ? '   [placeholders differ]' : ''}`);
    for (const l of shown) {
      const text = messageText(l, area, key);
      if (text !== undefined) lines.push(`    ${l}: ${oneLine(text)}`);
    }
  }
  if (lines.length > 0) console.log(`${area.area} (${area.source})\n${lines.join('\n')}\n`);
}
if (missingOnly) console.log(problems === 0 ? 'Every message exists in every language, with the same placeholders.' : `${problems} to fix.`);
process.exitCode = missingOnly && problems > 0 ? 1 : 0;
