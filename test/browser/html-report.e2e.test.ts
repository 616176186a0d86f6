/**
 * The HTML report as a client sees it: written by the built CLI, opened in headless Chromium. One browser for every
 * check. Without Chromium: skipped under `npm test` (one line says how to install it), failed in CI.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { auditBrand, catalogVersion, loadAuditDeps } from '../../src/audit/index.js';
import type { Locale } from '../../src/i18n/translate.js';
import { renderAuditHtml } from '../../src/render/html.js';
import { validateText } from '../../src/validate/index.js';
import { ROOT, runCli } from '../support/cli.js';
import { describeWith } from '../support/system-tool.js';
import { CHROMIUM, CHROMIUM_ARGS, CHROMIUM_TOOL } from './ensure-chromium.js';

const EXAMPLE = 'examples/maison-lumiere.yaml';
const ARTIFACTS = join(ROOT, 'test-artifacts');
const PILLARS_EN = ['Visibility', 'Amplification', 'Conversion', 'Engagement', 'Satisfaction'];
const PILLARS_FR = ['Visibilité', 'Amplification', 'Conversion', 'Engagement', 'Satisfaction'];

/**
 * The few DOM names the page.evaluate() callbacks use: they run in the browser, but the project type-checks without the
 * DOM library (declared here, they stay local to this file).
 */
interface DomElement {
  tagName: string; className: string; textContent: string | null; clientWidth: number; scrollWidth: number; offsetHeight: number;
  previousElementSibling: DomElement | null; classList: { contains(name: string): boolean };
  getAttribute(name: string): string | null; getBoundingClientRect(): { right: number; width: number };
  querySelector(selector: string): DomElement | null;
}
declare const document: {
  documentElement: DomElement & { scrollHeight: number };
  querySelector(selector: string): DomElement | null; querySelectorAll(selector: string): Iterable<DomElement>;
};
declare function getComputedStyle(element: DomElement): { overflowX: string };

let browser: Browser | undefined;
let dir = '';

interface PillarJson { pillar: string; score: number | null }

/** The report, written by the built CLI exactly as a user would ask for it. */
function writeReport(locale: Locale, output: string): void {
  const r = runCli(['--lang', locale, 'audit', EXAMPLE, '--format', 'html', '--output', output]);
  if (r.status !== 0 || !existsSync(output)) throw new Error(`smscore audit --format html failed (${r.status}): ${r.stderr}`);
}

function pillarScores(): PillarJson[] {
  const r = runCli(['audit', EXAMPLE, '--format', 'json']);
  expect(r.status).toBe(0);
  const report = JSON.parse(r.stdout) as { files: { scores: { pillars: PillarJson[] } }[] };
  return report.files[0]!.scores.pillars;
}

interface Opened { page: Page; errors: string[]; requests: string[]; dialogs: string[] }

async function open(file: string, viewport = { width: 1200, height: 900 }): Promise<Opened> {
  const page = await browser!.newPage({ viewport });
  const url = pathToFileURL(file).href;
  const opened: Opened = { page, errors: [], requests: [], dialogs: [] };
  page.on('console', (m) => { if (m.type() === 'error') opened.errors.push(m.text()); });
  page.on('pageerror', (e) => opened.errors.push(e.message));
  page.on('request', (req) => { if (req.url() !== url) opened.requests.push(req.url()); });
  page.on('dialog', (d) => { opened.dialogs.push(d.message()); void d.dismiss(); });
  await page.goto(url, { waitUntil: 'load' });
  return opened;
}

async function radarAxes(page: Page, radar: string): Promise<{ id: string | null; value: string | null; label: string | null }[]> {
  const axes = page.locator(`svg[data-radar="${radar}"] [data-axis]`);
  const out = [];
  for (const axis of await axes.all()) {
    out.push({ id: await axis.getAttribute('data-axis'), value: await axis.getAttribute('data-value'), label: await axis.locator('.radar-label').textContent() });
  }
  return out;
}

describeWith(CHROMIUM_TOOL)('the HTML report in Chromium', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'smscore-html-'));
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test.each([
    ['en', PILLARS_EN, 'html-report.png'],
    ['fr', PILLARS_FR, 'html-report.fr.png'],
  ] as const)('%s: loads offline without errors; the radar shows the JSON report\'s pillar scores', async (locale, names, shot) => {
    const file = join(dir, `report.${locale}.html`);
    writeReport(locale, file);
    const expected = pillarScores();
    const { page, errors, requests, dialogs } = await open(file);
    try {
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
      expect(await page.locator('h1').first().textContent()).toBe('Maison Lumière');

      const axes = await radarAxes(page, 'overall');
      expect(axes).toHaveLength(5);
      expect(axes).toEqual(expected.map((p, i) => ({ id: p.pillar, value: p.score === null ? '' : String(p.score), label: names[i] })));
      expect(await page.locator('svg[data-radar="overall"]').isVisible()).toBe(true);

      // Per-channel radars are on demand: hidden until their <details> is opened, with no script.
      const first = page.locator('details.channel-radar').first();
      const channelRadar = first.locator('svg');
      expect(await channelRadar.isVisible()).toBe(false);
      await first.locator('summary').click();
      expect(await channelRadar.isVisible()).toBe(true);
      expect(await radarAxes(page, `channel:${await first.getAttribute('data-channel')}`)).toHaveLength(5);

      await page.screenshot({ path: join(ARTIFACTS, shot), fullPage: true });

      // Printed, every channel radar shows.
      await page.emulateMedia({ media: 'print' });
      const radars = await page.locator('details.channel-radar svg').all();
      expect(radars.length).toBeGreaterThan(1);
      for (const svg of radars) expect(await svg.isVisible()).toBe(true);

      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      expect(dialogs).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);

  // Printable area of each paper at @page{margin:14mm 12mm}, in CSS pixels (96 per inch).
  const MM = 96 / 25.4;
  test.each([
    ['A4', (210 - 24) * MM, (297 - 28) * MM],
    ['Letter', (215.9 - 24) * MM, (279.4 - 28) * MM],
  ] as const)('printed on %s: every column fits the page, nothing scrolls, no page is left mostly blank', async (format, width, height) => {
    const file = join(dir, 'print.html');
    writeReport('en', file);
    const { page } = await open(file, { width: Math.floor(width), height: Math.floor(height) });
    try {
      await page.emulateMedia({ media: 'print' });
      const layout = await page.evaluate(() => {
        const table = document.querySelector('table.matrix')!;
        const last = table.querySelector('thead th:last-child')!;
        const clipped = [...document.querySelectorAll('body *')]
          .filter((el) => el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${el.scrollWidth}>${el.clientWidth}`);
        const scrollers = [...document.querySelectorAll('.table-wrap, pre')].map((el) => getComputedStyle(el).overflowX);
        return {
          lastColumn: last.textContent, lastRight: last.getBoundingClientRect().right, pageWidth: document.documentElement.clientWidth,
          docWidth: document.documentElement.scrollWidth, contentHeight: document.documentElement.scrollHeight, clipped, scrollers,
        };
      });
      // The channel table keeps its last column (Satisfaction) inside the page.
      expect(layout.lastColumn).toBe('Satisfaction');
      expect(layout.lastRight).toBeLessThanOrEqual(layout.pageWidth);
      expect(layout.docWidth).toBeLessThanOrEqual(layout.pageWidth);
      expect(layout.clipped).toEqual([]);
      // No scroll container is left on paper, so no scroll bar is printed.
      expect(layout.scrollers.every((o) => o === 'visible')).toBe(true);

      const pdf = await page.pdf({ format });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
      const fullPages = layout.contentHeight / height;
      // Page breaks cost some space, but big blocks split instead of jumping whole to the next page.
      expect(pages).toBeGreaterThanOrEqual(Math.ceil(fullPages));
      expect(pages).toBeLessThanOrEqual(Math.ceil(fullPages * 1.25));
    } finally {
      await page.close();
    }
  }, 60_000);

  test.each(['en', 'fr'] as const)('%s on a 390 px phone: nothing overflows the screen; a wide table scrolls in its card and says so', async (locale) => {
    const file = join(dir, `phone.${locale}.html`);
    writeReport(locale, file);
    const { page } = await open(file, { width: 390, height: 844 });
    try {
      const layout = await page.evaluate(() => {
        const unmarked: string[] = [];
        let cues = 0;
        for (const el of document.querySelectorAll('body *')) {
          if (el.clientWidth === 0 || el.scrollWidth <= el.clientWidth + 1) continue;
          const hint = el.previousElementSibling;
          const cued = el.getAttribute('data-scroll') === 'x' && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX) &&
            hint !== null && hint.classList.contains('scroll-hint') && hint.offsetHeight > 0 && (hint.textContent ?? '').length > 10;
          if (cued) cues += 1;
          else unmarked.push(`${el.tagName.toLowerCase()}.${el.className} ${el.scrollWidth}>${el.clientWidth}`);
        }
        return { docWidth: document.documentElement.scrollWidth, unmarked, cues, meter: document.querySelector('.meter-lg')!.getBoundingClientRect().width };
      });
      expect(layout.docWidth).toBeLessThanOrEqual(390);
      expect(layout.unmarked).toEqual([]);
      expect(layout.cues).toBeGreaterThan(0);
      // The readiness bar stays a bar, not a stub.
      expect(layout.meter).toBeGreaterThanOrEqual(120);
      await page.screenshot({ path: join(ARTIFACTS, `html-report.phone.${locale}.png`), fullPage: true });
    } finally {
      await page.close();
    }
  }, 60_000);

  test('hostile user text stays text: nothing runs, nothing is fetched', async () => {
    const v = validateText('hostile.yaml', 'smscore: 1\nbrand:\n  name: "<script>alert(1)</script><img src=x onerror=alert(2)>"\n');
    if (!v.brand || !v.source) throw new Error('hostile YAML should be valid');
    const deps = loadAuditDeps();
    const result = auditBrand({ file: 'hostile.yaml', brand: v.brand, source: v.source, warnings: v.diagnostics }, deps);
    const file = join(dir, 'hostile.html');
    writeFileSync(file, renderAuditHtml([result], { locale: 'en', catalog: deps.catalog, toolVersion: 'test', catalogVersion: catalogVersion(deps.catalog) }));
    const { page, errors, requests, dialogs } = await open(file);
    try {
      expect(await page.locator('h1').first().textContent()).toBe('<script>alert(1)</script><img src=x onerror=alert(2)>');
      expect(await page.locator('script, img').count()).toBe(0);
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      expect(dialogs).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);
});
