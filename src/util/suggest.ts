/** "Did you mean …?": the closest candidate by edit distance, if it is close enough to be a likely typo. */

export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

export function suggest(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(needle, c.toLowerCase());
    if (d < bestDistance) { best = c; bestDistance = d; }
  }
  const tolerance = Math.max(2, Math.floor(input.length / 3));
  return best !== undefined && best !== input && bestDistance <= tolerance ? best : undefined;
}

/**
 * "Did you mean …?" for a value outside a fixed list: a known synonym of an allowed value first (`sales` for
 * `selling`: no typo, so edit distance misses it), then the one allowed value the input begins (`insta` for
 * `instagram`), then the closest likely typo.
 */
export function suggestValue(input: string, allowed: readonly string[], synonyms: Readonly<Record<string, string>> = {}): string | undefined {
  const needle = input.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const synonym = Object.hasOwn(synonyms, needle) ? synonyms[needle] : undefined;
  if (synonym !== undefined && allowed.includes(synonym)) return synonym;
  const exact = allowed.find((a) => a.toLowerCase() === needle);
  if (exact !== undefined && exact !== input) return exact;
  if (needle.length >= 3) {
    const starts = allowed.filter((a) => a.toLowerCase().startsWith(needle));
    if (starts.length === 1) return starts[0];
  }
  return suggest(needle, allowed);
}
