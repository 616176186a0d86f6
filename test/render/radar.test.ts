import { describe, expect, test } from '@jest/globals';
import { XMLValidator } from 'fast-xml-parser';
import { escapeXml, radarSvg, type RadarAxis } from '../../src/render/radar.js';

const AXES: RadarAxis[] = [
  { id: 'visibility', label: 'Visibility', value: 73.2 },
  { id: 'amplification', label: 'Amplification', value: 68 },
  { id: 'conversion', label: 'Conversion', value: null },
  { id: 'engagement', label: 'Engagement', value: 95.4 },
  { id: 'satisfaction', label: 'Satisfaction', value: 0 },
];

/** Attribute values of every match of `<tag ... name="value"`. */
function attrs(svg: string, name: string): string[] {
  return [...svg.matchAll(new RegExp(` ${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);
}

function axisGroup(svg: string, id: string): string {
  const m = new RegExp(`<g [^>]*data-axis="${id}"[^>]*>([\\s\\S]*?)</g>`).exec(svg);
  if (!m) throw new Error(`no axis ${id}`);
  return m[0];
}

describe('radarSvg', () => {
  const svg = radarSvg(AXES, { title: 'The five pillars', name: 'overall' });

  test('is one well-formed, accessible SVG element', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title>The five pillars</title>');
    expect(svg).toContain('data-radar="overall"');
  });

  test('has one axis group per item, in order, with its value', () => {
    expect(attrs(svg, 'data-axis')).toEqual(['visibility', 'amplification', 'conversion', 'engagement', 'satisfaction']);
    expect(attrs(svg, 'data-value')).toEqual(['73.2', '68', '', '95.4', '0']);
    const labels = [...svg.matchAll(/<text class="radar-label"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual(['Visibility', 'Amplification', 'Conversion', 'Engagement', 'Satisfaction']);
  });

  test('draws rings at 25, 50, 75 and 100', () => {
    expect(attrs(svg, 'data-ring')).toEqual(['25', '50', '75', '100']);
  });

  test('the scale labels are drawn over the values\' polygon, with a halo, so its edge never runs through them', () => {
    const area = svg.indexOf('class="radar-area"');
    const scale = /<g class="radar-scale" stroke="#fff"[^>]*paint-order="stroke">([\s\S]*?)<\/g>/.exec(svg);
    expect(scale).not.toBeNull();
    expect(scale!.index).toBeGreaterThan(area);
    expect([...scale![1]!.matchAll(/class="radar-ring-label"[^>]*>(\d+)</g)].map((m) => m[1])).toEqual(['25', '50', '75', '100']);
  });

  test('the description lists every value, floored as the other reports show them', () => {
    expect(svg).toContain('<desc>Visibility: 73; Amplification: 68; Conversion: n/m; Engagement: 95; Satisfaction: 0</desc>');
  });

  test('a not-measured axis sits at the centre, dashed, with a hollow marker and "n/m"', () => {
    const g = axisGroup(svg, 'conversion');
    expect(g).toContain('radar-point-nm');
    expect(g).toContain('stroke-dasharray');
    expect(g).toContain('○ n/m');
    expect(g).toContain('band-not-measured');
    // The marker is at the centre of the chart: the same point as the spoke's start.
    const x1 = /x1="([^"]+)"/.exec(g)![1];
    const y1 = /y1="([^"]+)"/.exec(g)![1];
    expect(g).toContain(`cx="${x1}" cy="${y1}"`);
    // A measured one has a filled marker in its band's colour and no "n/m".
    const v = axisGroup(svg, 'engagement');
    expect(v).not.toContain('radar-point-nm');
    expect(v).toContain('fill="#0c6"');
    expect(v).toContain('● 95');
  });

  test('the polygon puts the first axis straight up, at its value', () => {
    const points = /class="radar-area" points="([^"]+)"/.exec(svg)![1]!.split(' ').map((p) => p.split(',').map(Number));
    expect(points).toHaveLength(5);
    const center = /x1="([^"]+)" y1="([^"]+)"/.exec(axisGroup(svg, 'visibility'))!.slice(1).map(Number);
    const [x, y] = points[0]!;
    expect(x).toBeCloseTo(center[0]!, 2);
    // 73.2 % of a 120 radius, upwards.
    expect(center[1]! - y!).toBeCloseTo(120 * 0.732, 1);
    // Not measured and 0 both sit at the centre.
    expect(points[2]).toEqual(center);
    expect(points[4]).toEqual(center);
  });

  test('values out of 0–100 are clamped in the drawing, not in the data', () => {
    const out = radarSvg([{ id: 'a', label: 'A', value: 140 }, { id: 'b', label: 'B', value: -5 }, { id: 'c', label: 'C', value: 50 }]);
    expect(attrs(out, 'data-value')).toEqual(['140', '-5', '50']);
    const ring100 = /data-ring="100" points="([^"]+)"/.exec(out)![1]!.split(' ')[0];
    const area = /class="radar-area" points="([^"]+)"/.exec(out)![1]!.split(' ')[0];
    expect(area).toBe(ring100);
  });

  test('is deterministic, with two decimals and never "-0.00"', () => {
    expect(radarSvg(AXES, { title: 'The five pillars', name: 'overall' })).toBe(svg);
    const numbers = [...svg.matchAll(/ (?:x|y|x1|y1|x2|y2|cx|cy)="([^"]+)"/g)].map((m) => m[1]!);
    expect(numbers.length).toBeGreaterThan(20);
    for (const n of numbers) expect(n).toMatch(/^\d+\.\d\d$/);
    expect(svg).not.toContain('-0.00');
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
  });

  test('escapes labels, ids and the title', () => {
    const out = radarSvg([{ id: '"><script>', label: '<b>Bold & "quoted"</b>', value: 10 }], { title: '</title><script>alert(1)</script>' });
    expect(XMLValidator.validate(out)).toBe(true);
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<b>');
    expect(out).toContain('&lt;b&gt;Bold &amp; &quot;quoted&quot;&lt;/b&gt;');
    expect(out).toContain('data-axis="&quot;&gt;&lt;script&gt;"');
  });

  test('uses the given word for not measured', () => {
    const out = radarSvg([{ id: 'a', label: 'Visibilité', value: null }], { notMeasuredLabel: 'n.m.' });
    expect(out).toContain('○ n.m.');
    expect(out).toContain('<desc>Visibilité: n.m.</desc>');
  });

  test('escapeXml escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
