/**
 * A radar (spider) chart as an inline SVG string: one axis per item, rings at 25/50/75/100, the polygon of the
 * values. Pure and deterministic (coordinates with two decimals), so HTML reports stay byte-stable for golden tests.
 * Machine-checkable: each axis is a `<g data-axis data-value>` and its label a `.radar-label` text.
 */
import { band, displayScore, type BandId } from '../score/index.js';
import { printable } from '../util/printable.js';

export interface RadarAxis {
  id: string;
  label: string;
  /** 0–100; null = not measured: drawn at 0 with a hollow marker, a dashed spoke and "n/m". */
  value: number | null;
}

export interface RadarOptions {
  /** Accessible name (`<title>`). */
  title?: string;
  /** Shown for a null value. */
  notMeasuredLabel?: string;
  /** Radius of the 100 ring, in SVG units. */
  radius?: number;
  /** Extra classes on the `<svg>` element. */
  className?: string;
  /** `data-radar` attribute on the `<svg>`, to find a given chart. */
  name?: string;
}

export const RINGS = [25, 50, 75, 100] as const;

/** Lighthouse's colours: fill of the marker, and a darker shade for text on white (contrast ≥ 4.5:1). */
export const BAND_COLORS: Record<BandId, { fill: string; text: string }> = {
  good: { fill: '#0c6', text: '#080' },
  'needs-work': { fill: '#fa3', text: '#c33300' },
  poor: { fill: '#f33', text: '#c00' },
  'not-measured': { fill: '#9aa0a6', text: '#5f6368' },
};

const ACCENT = '#3454d1';
const GRID = '#dfe3e8';
/** Room left for labels around the 100 ring: names like "Amplification" need it on the sides. */
const LABEL_GAP = 14;
const SIDE_ROOM = 100;
const LINE = 15;

/**
 * Escapes text for XML/HTML content and double-quoted attributes. A line break is written as a character reference
 * (a browser shows it the same, `<pre>` included), so that a report printed to a CI log has no line of an input's
 * making (GitHub runs a line that starts with `::`); other control characters and bidi overrides are shown through
 * printable(), as in every other report.
 */
export function escapeXml(text: string): string {
  return printable(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
    .replace(/\r\n|[\n\r\t]/g, (c) => (c === '\r\n' ? '&#13;&#10;' : `&#${c.charCodeAt(0)};`)));
}

/** Two decimals, never "-0.00", so the same chart always gives the same bytes. */
function n(value: number): string {
  const s = value.toFixed(2);
  return s === '-0.00' ? '0.00' : s;
}

function clamp(value: number): number {
  return Math.min(100, Math.max(0, value));
}

export function radarSvg(axes: readonly RadarAxis[], options: RadarOptions = {}): string {
  const r = options.radius ?? 120;
  const nm = options.notMeasuredLabel ?? 'n/m';
  const count = axes.length;
  const width = 2 * (r + LABEL_GAP + SIDE_ROOM);
  const cx = width / 2;
  // Top label sits above the ring (two lines), bottom labels below it.
  const cy = r + LABEL_GAP + 2 * LINE + 6;
  const height = Math.ceil(cy + r + LABEL_GAP + 2 * LINE + 6);
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / Math.max(count, 1);
  const at = (i: number, radius: number) => ({ x: cx + radius * Math.cos(angle(i)), y: cy + radius * Math.sin(angle(i)) });
  const shown = (v: number | null) => (v === null ? nm : String(displayScore(v)));

  const title = options.title ?? 'Radar chart';
  const desc = axes.map((a) => `${a.label}: ${shown(a.value)}`).join('; ');
  const classes = ['radar', ...(options.className ? [options.className] : [])].join(' ');
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="${escapeXml(classes)}"${options.name ? ` data-radar="${escapeXml(options.name)}"` : ''} viewBox="0 0 ${n(width)} ${height}" width="${n(width)}" height="${height}" role="img" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">`,
    `<title>${escapeXml(title)}</title>`,
    `<desc>${escapeXml(desc)}</desc>`,
  );

  // Rings as polygons (the classic spider web); the 100 ring a little darker.
  out.push('<g class="radar-rings" fill="none">');
  for (const ring of RINGS) {
    const pts = axes.map((_, i) => at(i, (r * ring) / 100)).map((p) => `${n(p.x)},${n(p.y)}`).join(' ');
    out.push(`<polygon class="radar-ring" data-ring="${ring}" points="${pts}" stroke="${ring === 100 ? '#c4cad3' : GRID}" stroke-width="1"/>`);
  }
  out.push('</g>');

  // The values' polygon: a not-measured axis counts as 0, its own marker says why.
  const poly = axes.map((a, i) => at(i, (r * clamp(a.value ?? 0)) / 100)).map((p) => `${n(p.x)},${n(p.y)}`).join(' ');
  out.push(`<polygon class="radar-area" points="${poly}" fill="${ACCENT}" fill-opacity="0.14" stroke="${ACCENT}" stroke-width="2" stroke-linejoin="round"/>`);

  // Scale labels above the polygon, with a white halo: the polygon's edge used to run through "75" and "50".
  out.push('<g class="radar-scale" stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">');
  for (const ring of RINGS) {
    const p = at(0, (r * ring) / 100);
    out.push(`<text class="radar-ring-label" x="${n(p.x + 4)}" y="${n(p.y + 3.5)}" font-size="9" fill="#8a919c">${ring}</text>`);
  }
  out.push('</g>');

  axes.forEach((a, i) => {
    const b = band(a.value);
    const colors = BAND_COLORS[b.id];
    const end = at(i, r);
    const point = at(i, (r * clamp(a.value ?? 0)) / 100);
    const label = at(i, r + LABEL_GAP);
    const cos = Math.cos(angle(i));
    const sin = Math.sin(angle(i));
    const anchor = cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
    // Two lines (name, value): above the point at the top, below it at the bottom, centred on the sides.
    const firstY = sin < -0.5 ? label.y - LINE - 2 : sin > 0.5 ? label.y + 11 : label.y - 2;
    const value = a.value === null ? '' : String(a.value);
    out.push(`<g class="radar-axis band-${b.id}" data-axis="${escapeXml(a.id)}" data-value="${escapeXml(value)}">`);
    out.push(
      a.value === null
        ? `<line class="radar-spoke" x1="${n(cx)}" y1="${n(cy)}" x2="${n(end.x)}" y2="${n(end.y)}" stroke="#b0b6bf" stroke-width="1" stroke-dasharray="3 3"/>`
        : `<line class="radar-spoke" x1="${n(cx)}" y1="${n(cy)}" x2="${n(end.x)}" y2="${n(end.y)}" stroke="${GRID}" stroke-width="1"/>`,
    );
    out.push(
      a.value === null
        ? `<circle class="radar-point radar-point-nm" cx="${n(point.x)}" cy="${n(point.y)}" r="4.5" fill="#fff" stroke="${colors.fill}" stroke-width="1.5" stroke-dasharray="2 1.5"/>`
        : `<circle class="radar-point" cx="${n(point.x)}" cy="${n(point.y)}" r="5" fill="${colors.fill}" stroke="#fff" stroke-width="1.5"/>`,
    );
    out.push(`<text class="radar-label" x="${n(label.x)}" y="${n(firstY)}" text-anchor="${anchor}" font-size="13" font-weight="600" fill="#202124">${escapeXml(a.label)}</text>`);
    out.push(
      `<text class="radar-value" x="${n(label.x)}" y="${n(firstY + LINE)}" text-anchor="${anchor}" font-size="12.5" font-weight="700" fill="${colors.text}">${escapeXml(`${b.symbol} ${shown(a.value)}`)}</text>`,
    );
    out.push('</g>');
  });
  out.push('</svg>');
  // One element per line: golden diffs stay readable.
  return out.join('\n');
}
