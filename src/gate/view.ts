/**
 * What a report counts for one file once its CI gate has judged it: the gaps still open, the gaps a waiver covers,
 * and the readiness the gate judged (with waivers). Every report format shows these same figures, so the text,
 * Markdown and HTML reports and the gate never disagree.
 */
import type { AuditResult } from '../audit/index.js';
import type { Catalog, Gap, Readiness } from '../questions/index.js';
import { gapKey, readinessWithWaivers, type FileGate, type WaiverUse } from './index.js';

/** What the report counts for a file: open gaps, waived gaps (when a gate applies waivers), and the readiness judged. */
export interface GapView {
  open: Gap[];
  waived: Gap[];
  readiness: Readiness;
}

export function gapView(result: AuditResult, gate: FileGate | undefined, catalog: Catalog): GapView {
  if (!gate || gate.waivedGaps.length === 0) return { open: [...result.gaps], waived: [], readiness: result.readiness };
  const keys = new Set(gate.waivedGaps.map(gapKey));
  return {
    open: result.gaps.filter((g) => !keys.has(gapKey(g))),
    waived: result.gaps.filter((g) => keys.has(gapKey(g))),
    readiness: readinessWithWaivers(result, gate.waivedGaps, catalog),
  };
}

/** The waiver that covers a gap. */
export function waiverOf(g: Gap, gate: FileGate): WaiverUse | undefined {
  return gate.waivers.find((u) => u.covered.some((c) => c.questionId === g.questionId && (c.channelId ?? undefined) === (g.channelId ?? undefined)));
}
