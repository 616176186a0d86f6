import type { ReportStream } from './index.js';

/** A stream from its two steps: `file` is always `add(piece(o))`, whichever thread made the piece. */
export function streamOf<P>(parts: Omit<ReportStream<P>, 'file'>): ReportStream<P> {
  return { ...parts, file: (o) => parts.add(parts.piece(o)) };
}
