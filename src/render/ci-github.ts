/**
 * GitHub Actions workflow commands: one annotation per open question, input problem and gate failure, shown on
 * the right line of the pull request's diff. critical → error, major → warning, minor → notice.
 */
import type { AuditOutcome } from '../audit/index.js';
import { failureText } from '../gate/messages.js';
import type { Severity } from '../questions/index.js';
import { diagnosticMessage } from '../validate/messages.js';
import { gapMessage, repoPath } from './ci-common.js';
import type { RenderContext, ReportStream } from './index.js';
import { streamOf } from './stream-of.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'notice'> = { critical: 'error', major: 'warning', minor: 'notice' };

/** GitHub's escaping: data loses %, CR and LF; properties also lose : and ,. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(level: string, file: string, line: number | undefined, col: number | undefined, title: string, message: string): string {
  const props = [`file=${escapeProperty(file)}`, ...(line !== undefined ? [`line=${line}`] : []), ...(col !== undefined ? [`col=${col}`] : []), `title=${escapeProperty(title)}`];
  return `::${level} ${props.join(',')}::${escapeData(message)}`;
}

/** One file's annotations, one line each. */
function fileAnnotations(o: AuditOutcome, ctx: RenderContext): string[] {
  const { locale, catalog, root } = ctx;
  const lines: string[] = [];
  if (!o.ok) {
    for (const d of o.validation.diagnostics) {
      lines.push(command(d.severity === 'error' ? 'error' : 'warning', repoPath(d.location.file, root), d.location.line, d.location.col, `smscore ${d.code}`, diagnosticMessage(locale, d.code, d.args)));
    }
    return lines;
  }
  const r = o.result;
  const file = repoPath(r.file, root);
  const gate = ctx.gates?.get(r.file);
  const waived = new Set(gate?.waivedGaps ?? []);
  const failing = new Set(gate?.failures.filter((f) => f.kind === 'gap').map((f) => `${f.args.question}@${f.args.channel ?? ''}@${f.line}`));
  for (const g of r.gaps) {
    if (waived.has(g)) continue;
    // A gap that fails the gate is an error whatever its severity.
    const level = failing.has(`${g.questionId}@${g.channelId ?? ''}@${g.location.line}`) ? 'error' : LEVEL[g.severity];
    lines.push(command(level, file, g.location.line, g.location.col, `smscore ${g.questionId}`, gapMessage(g, catalog, locale)));
  }
  for (const w of r.warnings) lines.push(command('warning', file, w.location.line, w.location.col, `smscore ${w.code}`, diagnosticMessage(locale, w.code, w.args)));
  for (const f of gate?.failures ?? []) {
    if (f.kind !== 'gap') lines.push(command('error', file, f.line, f.col, `smscore ${f.kind}`, failureText(f, locale)));
  }
  return lines;
}

export function renderGithubAnnotations(outcomes: readonly AuditOutcome[], ctx: RenderContext): string {
  const lines = outcomes.flatMap((o) => fileAnnotations(o, ctx));
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** The same lines, streamed: nothing depends on later files. */
export function githubAnnotationsStream(ctx: RenderContext): ReportStream {
  return streamOf({
    headLast: false,
    piece: (o) => fileAnnotations(o, ctx).map((l) => l + '\n').join(''),
    add: (text) => text,
    end: () => ({ head: '', tail: '' }),
  });
}
