/**
 * GitHub Actions workflow commands: annotations on the right line of the pull request's diff, for what fails the
 * run, the open questions, and the input problems.
 *
 * GitHub shows at most 10 annotations of each kind (error, warning, notice) per step and 50 per job, so the order
 * and the level matter. `::error` is kept for what fails the run: a gate failure (threshold, regression, expired
 * waiver), an invalid file, an open question that fails the gate. Every other open question is a warning (critical
 * and major) or a notice (minor), whatever its severity, so that a brand under `failOn: none` shows no error. The
 * annotations are emitted most important first — errors that fail the gate first — at most 10 of each kind, and
 * one last notice says how many were left out and where to read them all (the Markdown and SARIF reports).
 *
 * Streamed without holding the run: each kind keeps only its 10 best candidates seen so far and counts the rest, and
 * everything is written at the end (the report's tail), so memory stays flat over thousands of files.
 */
import type { AuditOutcome } from '../audit/index.js';
import { failureText } from '../gate/messages.js';
import { makeTranslator, type MessageArgs } from '../i18n/translate.js';
import { tCi } from './ci-messages.js';
import type { Severity } from '../questions/index.js';
import { printable } from '../util/printable.js';
import { diagnosticMessage } from '../validate/messages.js';
import { gapMessage, repoPath } from './ci-common.js';
import { collectStream, type RenderContext, type ReportStream } from './index.js';
import { streamOf } from './stream-of.js';

type Level = 'error' | 'warning' | 'notice';
const LEVELS: readonly Level[] = ['error', 'warning', 'notice'];

/** How many annotations of each kind GitHub shows for one step. */
export const ANNOTATIONS_PER_KIND = 10;

/**
 * One annotation; `rank` orders those of the same level (lower first). Within a rank they take turns across files
 * (each file's first, then each file's second…), so that with several brands every one gets its share of the few
 * annotations shown.
 */
interface Annotation {
  level: Level;
  rank: number;
  line: string;
}

interface Placed extends Annotation {
  /** Its place among its file's annotations of the same level and rank. */
  nth: number;
  file: number;
}

const before = (a: Placed, b: Placed) => a.rank - b.rank || a.nth - b.nth || a.file - b.file;

/** Errors: what fails the gate or the input first, then open questions that fail the gate, most severe first. */
const RANK = {
  failure: 0, invalid: 0, failingGap: { critical: 1, major: 2, minor: 3 } as Record<Severity, number>,
  // Warnings: figures that cannot all be true (a mistake to fix in the diff), then open questions by severity.
  gap: { critical: 1, major: 2, minor: 0 } as Record<Severity, number>, warning: 0,
};
const GAP_LEVEL: Record<Severity, Level> = { critical: 'warning', major: 'warning', minor: 'notice' };

/** Exported for the catalogue of every message (src/i18n/catalogue.ts). */
export const tAnnotations = makeTranslator<'left-out.title' | 'left-out'>({
  en: {
    'left-out.title': 'smscore: annotations left out',
    'left-out': (a: MessageArgs) =>
      `${a.total} more ${Number(a.total) === 1 ? 'annotation is' : 'annotations are'} not shown (${a.detail}): GitHub shows ${a.limit} of each kind per step. ` +
      'The Markdown report (--format markdown, e.g. into $GITHUB_STEP_SUMMARY) and the SARIF report (--format sarif) list every one.',
  },
  fr: {
    'left-out.title': 'smscore\u00a0: annotations non affichées',
    'left-out': (a: MessageArgs) =>
      `${a.total} ${Number(a.total) < 2 ? 'autre annotation n’est pas affichée' : 'autres annotations ne sont pas affichées'} (${a.detail})\u00a0: GitHub en montre ${a.limit} de chaque sorte par étape. ` +
      'Le rapport Markdown (--format markdown, par exemple dans $GITHUB_STEP_SUMMARY) et le rapport SARIF (--format sarif) les donnent toutes.',
  },
});
const t = tAnnotations;

/** GitHub's escaping: data loses %, CR and LF; properties also lose : and ,. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * One workflow command. Its values may come from the inputs: printable() first (no ESC sequence, bidi override or
 * line break reaches the log; a line break is ⏎), then GitHub's own escaping, which keeps `%`, `:` and `,` from
 * ending a value early.
 */
function command(level: string, file: string | undefined, line: number | undefined, col: number | undefined, title: string, message: string): string {
  const props = [
    ...(file !== undefined ? [`file=${escapeProperty(printable(file))}`] : []), ...(line !== undefined ? [`line=${line}`] : []),
    ...(col !== undefined ? [`col=${col}`] : []), `title=${escapeProperty(printable(title))}`,
  ];
  return `::${level} ${props.join(',')}::${escapeData(printable(message))}`;
}

/** One file's annotations, with their level and rank (plain data: it may come from a worker thread). */
function fileAnnotations(o: AuditOutcome, ctx: RenderContext): Annotation[] {
  const { locale, catalog, root } = ctx;
  const out: Annotation[] = [];
  const add = (level: Level, rank: number, line: string) => out.push({ level, rank, line });
  if (!o.ok) {
    for (const d of o.validation.diagnostics) {
      const error = d.severity === 'error';
      add(error ? 'error' : 'warning', error ? RANK.invalid : RANK.warning,
        command(error ? 'error' : 'warning', repoPath(d.location.file, root), d.location.line, d.location.col, `smscore ${d.code}`, diagnosticMessage(locale, d.code, d.args)));
    }
    return out;
  }
  const r = o.result;
  const file = repoPath(r.file, root);
  const gate = ctx.gates?.get(r.file);
  for (const f of gate?.failures ?? []) {
    if (f.kind !== 'gap') add('error', RANK.failure, command('error', file, f.line, f.col, `smscore ${f.kind}`, failureText(f, locale)));
  }
  const waived = new Set(gate?.waivedGaps ?? []);
  const failing = new Set(gate?.failures.filter((f) => f.kind === 'gap').map((f) => `${f.args.question}@${f.args.channel ?? ''}@${f.line}`));
  for (const g of r.gaps) {
    if (waived.has(g)) continue;
    // Only a gap that fails the gate is an error; otherwise its severity says warning or notice.
    const fails = failing.has(`${g.questionId}@${g.channelId ?? ''}@${g.location.line}`);
    const level = fails ? 'error' : GAP_LEVEL[g.severity];
    add(level, fails ? RANK.failingGap[g.severity] : RANK.gap[g.severity],
      command(level, file, g.location.line, g.location.col, `smscore ${g.questionId}`, gapMessage(g, catalog, locale)));
  }
  for (const w of r.warnings) add('warning', RANK.warning, command('warning', file, w.location.line, w.location.col, `smscore ${w.code}`, diagnosticMessage(locale, w.code, w.args)));
  return out;
}

export function renderGithubAnnotations(outcomes: readonly AuditOutcome[], ctx: RenderContext): string {
  return collectStream(githubAnnotationsStream(ctx), outcomes);
}

/**
 * The annotations, streamed: each kind holds its best `limit` so far (by rank, then taking turns across files) and
 * counts what it drops; everything is written at the end.
 */
export function githubAnnotationsStream(ctx: RenderContext, limit = ANNOTATIONS_PER_KIND): ReportStream {
  const kept: Record<Level, Placed[]> = { error: [], warning: [], notice: [] };
  const dropped: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  let files = 0;
  const keep = (a: Placed) => {
    const list = kept[a.level];
    let at = list.length;
    while (at > 0 && before(a, list[at - 1]!) < 0) at--;
    if (at >= limit) {
      dropped[a.level]++;
      return;
    }
    list.splice(at, 0, a);
    if (list.length > limit) {
      list.pop();
      dropped[a.level]++;
    }
  };
  return streamOf<Annotation[]>({
    headLast: false,
    piece: (o) => fileAnnotations(o, ctx),
    add(annotations) {
      const file = files++;
      const counts = new Map<string, number>();
      for (const a of annotations) {
        const key = `${a.level} ${a.rank}`;
        const nth = counts.get(key) ?? 0;
        counts.set(key, nth + 1);
        keep({ ...a, nth, file });
      }
      return '';
    },
    end() {
      const total = () => LEVELS.reduce((n, l) => n + dropped[l], 0);
      // The summary is a notice itself: when one is needed, it takes the last notice's place so that it is shown.
      if (total() > 0 && kept.notice.length >= limit) {
        kept.notice.pop();
        dropped.notice++;
      }
      const lines = LEVELS.flatMap((l) => kept[l].map((a) => a.line));
      if (total() > 0) {
        const detail = LEVELS.filter((l) => dropped[l] > 0).map((l) => tCi(ctx.locale, `count.${l}`, { count: dropped[l] })).join(', ');
        lines.push(command('notice', undefined, undefined, undefined, t(ctx.locale, 'left-out.title'), t(ctx.locale, 'left-out', { total: total(), detail, limit })));
      }
      return { head: '', tail: lines.length ? lines.join('\n') + '\n' : '' };
    },
  });
}
