/** What the CI formats (SARIF, JUnit, GitHub annotations) share: paths relative to the repository, gap wording. */
import { formatDataPath } from '../model/diagnostic.js';
import { printable } from '../util/printable.js';
import { createRequire } from 'node:module';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locale } from '../i18n/translate.js';
import { displayPath, progressText, type Catalog, type Gap } from '../questions/index.js';
import { tr } from './messages.js';

// node:crypto is required on first use: runs without a CI format never load it (a few ms of a cold start).
const require = createRequire(import.meta.url);
let crypto: typeof import('node:crypto') | undefined;

/** True when `file` lies under `root` (a file named `..notes.yaml` does; `../x.yaml` does not). */
function insideRoot(rel: string): boolean {
  return rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel);
}

/** A path as CI systems want it: relative to the repository root, with forward slashes (absolute when outside it). */
export function repoPath(file: string, root: string): string {
  const abs = isAbsolute(file) ? file : resolve(root, file);
  const rel = relative(root, abs);
  return (insideRoot(rel) ? rel : abs).split(sep).join('/');
}

/**
 * A SARIF artifactLocation: a URI reference relative to `%SRCROOT%` (each segment percent-encoded, so `#`, `?` and
 * `%` in a file name stay part of the path), or an absolute `file:` URI with no base for a file outside the root.
 */
export function sarifArtifactLocation(file: string, root: string): { uri: string; uriBaseId?: string } {
  const abs = isAbsolute(file) ? file : resolve(root, file);
  const rel = relative(root, abs);
  if (!insideRoot(rel)) return { uri: pathToFileURL(abs).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

export function gapScope(g: Gap, locale: Locale): string {
  if (g.channelId) return tr(locale, 'gap.channel', { id: g.channelId });
  if (g.item) return tr(locale, 'gap.item', { id: g.item.id ?? `#${g.item.index + 1}` });
  return '';
}

export function gapPathText(g: Gap): string {
  return formatDataPath(g.path);
}

/** One line: the question, its scope, and where to answer. */
export function gapMessage(g: Gap, catalog: Catalog, locale: Locale): string {
  const q = catalog.questions.find((x) => x.id === g.questionId);
  const scope = gapScope(g, locale);
  const path = gapPathText(g) || (q ? displayPath(q) : '');
  const progress = g.progress ? ` — ${printable(progressText(g.progress, locale))}` : '';
  return `${printable(q?.question[locale] ?? g.questionId)}${scope ? ` (${scope})` : ''}${progress} — ${tr(locale, 'gap.answer-at', { path })}`;
}

/** Stable across runs and line moves: the file, the question and its channel or item, never the line. */
export function gapFingerprint(file: string, g: Gap): string {
  const scope = g.channelId ?? g.item?.id ?? (g.item ? `#${g.item.index}` : '');
  crypto ??= require('node:crypto') as typeof import('node:crypto');
  return crypto.createHash('sha256').update(`${file}\u0000${g.questionId}\u0000${scope}`).digest('hex').slice(0, 32);
}
