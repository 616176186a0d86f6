/**
 * JUnit XML for CI systems that show test reports: one test suite per brand file, one test case per catalog
 * question (failed when left open, skipped when it does not apply or is waived), one per gate threshold, and a
 * failing `validation` case for a file that could not be read.
 */
import { severityCounts } from '../model/diagnostic.js';
import type { AuditOutcome } from '../audit/index.js';
import { failureText } from '../gate/messages.js';
import { printable } from '../util/printable.js';
import { diagnosticMessage } from '../validate/messages.js';
import { gapMessage } from './ci-common.js';
import { tCi } from './ci-messages.js';
import type { RenderContext, ReportStream } from './index.js';
import { streamOf } from './stream-of.js';

interface Case { classname: string; name: string; failure?: { message: string; type: string; body: string }; skipped?: string }
interface Suite { name: string; cases: Case[] }

/** One file's test suite: its cases, as data. */
function fileSuite(o: AuditOutcome, ctx: RenderContext): Suite {
  const { locale, catalog } = ctx;
  if (!o.ok) {
    const v = o.validation;
    const body = v.diagnostics.map((d) => `${printable(d.location.file)}:${d.location.line}:${d.location.col}  ${tCi(locale, `diagnostic.${d.severity}`)}  ${diagnosticMessage(locale, d.code, d.args)}`).join('\n');
    return { name: printable(v.file), cases: [{ classname: 'smscore.validation', name: 'validation', failure: { message: tCi(locale, 'junit.invalid', { errors: severityCounts(v.diagnostics).errors }), type: 'invalid-input', body } }] };
  }
  const r = o.result;
  const gate = ctx.gates?.get(r.file);
  const waived = new Set(gate?.waivedGaps ?? []);
  const cases: Case[] = [];
  for (const res of r.results) {
    const q = res.question;
    const open = r.gaps.filter((g) => g.questionId === q.id && !waived.has(g));
    const waivedHere = r.gaps.filter((g) => g.questionId === q.id && waived.has(g));
    const c: Case = { classname: `smscore.${q.section}`, name: q.id };
    if (open.length > 0) {
      c.failure = {
        message: printable(q.question[locale]),
        type: q.severity,
        body: open.map((g) => `${printable(g.location.file)}:${g.location.line}:${g.location.col}  ${gapMessage(g, catalog, locale)}`).join('\n') + `\n\n${printable(q.why[locale])}`,
      };
    } else if (waivedHere.length > 0) {
      const use = gate!.waivers.find((u) => u.waiver.question === q.id);
      c.skipped = tCi(locale, 'junit.waived', { reason: use?.waiver.reason ?? '' });
    } else if (res.instances.length === 0 || res.instances.every((i) => i.status === 'na')) {
      c.skipped = tCi(locale, 'junit.not-applicable');
    }
    cases.push(c);
  }
  if (gate) {
    for (const f of gate.failures.filter((x) => x.kind !== 'gap')) {
      cases.push({ classname: 'smscore.gate', name: `${f.kind}${f.args.pillar ? `:${f.args.pillar}` : ''}${f.args.what ? `:${f.args.what}` : ''}`, failure: { message: failureText(f, locale), type: f.kind, body: failureText(f, locale) } });
    }
  }
  return { name: printable(r.file), cases };
}

interface Counts { tests: number; failures: number; skipped: number }
const count = (cases: readonly Case[]): Counts => ({ tests: cases.length, failures: cases.filter((c) => c.failure).length, skipped: cases.filter((c) => c.skipped !== undefined).length });

/** The XML declaration and the opening tag, which carries the totals of every suite. */
function head(total: Counts): string[] {
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="smscore" tests="${total.tests}" failures="${total.failures}" errors="0" skipped="${total.skipped}">`];
}
const TAIL = '</testsuites>';

function suiteLines(s: Suite): string[] {
  const c = count(s.cases);
  const out = [`  <testsuite name="${attr(s.name)}" tests="${c.tests}" failures="${c.failures}" errors="0" skipped="${c.skipped}">`];
  for (const tc of s.cases) {
    const open = `    <testcase classname="${attr(tc.classname)}" name="${attr(tc.name)}"`;
    if (tc.failure) out.push(`${open}>`, `      <failure message="${attr(tc.failure.message)}" type="${attr(tc.failure.type)}">${text(tc.failure.body)}</failure>`, '    </testcase>');
    else if (tc.skipped !== undefined) out.push(`${open}>`, `      <skipped message="${attr(tc.skipped)}"/>`, '    </testcase>');
    else out.push(`${open}/>`);
  }
  out.push('  </testsuite>');
  return out;
}

export function renderJunit(outcomes: readonly AuditOutcome[], ctx: RenderContext): string {
  const suites = outcomes.map((o) => fileSuite(o, ctx));
  const out = [...head(count(suites.flatMap((s) => s.cases))), ...suites.flatMap(suiteLines), TAIL];
  return out.join('\n') + '\n';
}

/** The same XML, streamed: each file's suite as it comes; the totals, which open the document, at the end. */
export function junitStream(ctx: RenderContext): ReportStream {
  const total: Counts = { tests: 0, failures: 0, skipped: 0 };
  return streamOf({
    headLast: true,
    piece(o) {
      const suite = fileSuite(o, ctx);
      return { counts: count(suite.cases), text: suiteLines(suite).join('\n') + '\n' };
    },
    add(p) {
      total.tests += p.counts.tests;
      total.failures += p.counts.failures;
      total.skipped += p.counts.skipped;
      return p.text;
    },
    end: () => ({ head: head(total).join('\n') + '\n', tail: TAIL + '\n' }),
  });
}

/**
 * Characters XML 1.0 forbids are dropped; the special ones escaped. A carriage return, C1 controls and bidi
 * overrides are written as character references: an XML reader gets them back, while the raw report, printed in a
 * CI log, holds no control a terminal would obey. Line feeds are the report's own (between a body's lines): the
 * values from the inputs (file names, a pack's texts, a waiver's reason) went through printable() before.
 */
function text(s: string): string {
  return s.replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/[\r\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
}

function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
}
