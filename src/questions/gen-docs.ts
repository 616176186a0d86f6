/**
 * Writes docs/questions.md (English) and docs/questions.fr.md (French) from the shipped catalog.
 * The lead hooks this into an npm `docs` script; a test fails when the committed files are stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../i18n/translate.js';
import { loadCatalog } from './catalog.js';
import { renderCatalogMarkdown } from './render.js';

/** The generated docs files, relative to the project root, by locale. */
export const QUESTION_DOCS: Readonly<Record<Locale, string>> = { en: 'docs/questions.md', fr: 'docs/questions.fr.md' };

/** Regenerates both docs files under `root` (the project folder) and returns the paths written. */
export function writeQuestionDocs(root: string): string[] {
  const catalog = loadCatalog({ dir: join(root, 'catalog', 'questions') });
  mkdirSync(join(root, 'docs'), { recursive: true });
  return (Object.entries(QUESTION_DOCS) as [Locale, string][]).map(([locale, rel]) => {
    const file = join(root, rel);
    writeFileSync(file, renderCatalogMarkdown(catalog, locale));
    return file;
  });
}
