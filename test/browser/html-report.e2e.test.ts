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
