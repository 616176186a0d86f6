import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { LINKEDIN_FORMATS } from '../../../src/import/formats/linkedin.js';
import { makeTranslator } from '../../../src/i18n/translate.js';
import type { Contribution, ReadContext } from '../../../src/import/model.js';
import { createRequire } from 'node:module';
import { workbookTables } from '../../../src/import/read/workbook.js';
import { detectLocal, openDetected } from './detect-local.js';

const XLSX = createRequire(import.meta.url)('@e965/xlsx') as typeof import('@e965/xlsx');

const dir = join(process.cwd(), 'test/fixtures/import/linkedin');
const Q1: ReadContext = { period: { start: '2026-01-01', end: '2026-03-31' }, today: '2026-04-02' };
const t = makeTranslator<string>(LINKEDIN_FORMATS[0]!.messages);

async function readAll(file: string, ctx: ReadContext) {
  const tables = await openDetected(join(dir, file));
  const out: { sheet?: string; id: string; contribution?: Contribution; skipped?: string }[] = [];
  for (const { table, format, header } of tables) {
    out.push({ id: format.id, ...(table.sheet ? { sheet: table.sheet } : {}), ...(format.read ? { contribution: await format.read(table, header, ctx) } : { skipped: format.skipped! }) });
  }
  return out;
}

const sum = (c: Contribution, key: 'impressions' | 'clicks' | 'reactions' | 'comments' | 'shares') => c.posts!.reduce((s, p) => s + (p[key] ?? 0), 0);

describe('LinkedIn Page content export', () => {
  for (const file of ['maison-lumen_content_1775030400000.xlsx', 'maison-lumen_content_1775030400000.xls']) {
    it(`${file.replace(/.*\./, '.')}: "All posts" read as posts from row 3, "Metrics" recognised and skipped (never counted twice)`, async () => {
      const sheets = await readAll(file, Q1);
      expect(sheets.map((s) => [s.sheet, s.id])).toEqual([['Metrics', 'linkedin-content-metrics'], ['All posts', 'linkedin-content']]);
      expect(sheets[0]!.skipped).toBe('skipped.content-metrics');
      const c = sheets[1]!.contribution!;
      expect(c.account).toBe('maison-lumen');
      // Rows 3–9: five posts of Q1 2026 kept, the 18 December 2025 one outside, 30 February rejected.
      expect([c.rows, c.kept, c.outsidePeriod]).toEqual([7, 5, 1]);
      expect(c.rejected).toEqual([{ line: 9, code: 'bad-date', column: 'Created date', value: '02/30/2026' }]);
      // Post 5 (row 7) has no Clicks figure: missing, not zero; its empty CTR is an ignored column.
      expect(c.missingCells).toEqual([{ line: 7, column: 'Clicks' }]);
      expect(c.posts!.map((p) => [p.line, p.date, p.paid, p.type])).toEqual([
        [3, '2026-01-08', false, 'Image'], [4, '2026-01-22', false, 'Video'], [5, '2026-02-05', true, 'Image'],
        [6, '2026-02-19', false, 'Document'], [7, '2026-03-12', false, 'Text'],
      ]);
      expect(c.posts![0]!.id).toBe('https://www.linkedin.com/feed/update/urn:li:activity:7414000000000000001');
      // By hand: impressions 1520 + 980 + 12400 + 2210 + 1310 = 18420; clicks 48 + 21 + 310 + 64 = 443 (row 7
      // missing); likes 37 + 19 + 88 + 52 + 29 = 225; comments 4 + 2 + 9 + 7 + 3 = 25; reposts 3 + 1 + 6 + 5 + 2 = 17.
      expect([sum(c, 'impressions'), sum(c, 'clicks'), sum(c, 'reactions'), sum(c, 'comments'), sum(c, 'shares')]).toEqual([18420, 443, 225, 25, 17]);
      expect(c.span).toEqual({ start: '2026-01-08', end: '2026-03-12' });
      // The rates (fractions, and the "0.36%" text of row 4) are ignored columns: they never reject a row.
      expect(c.ignoredColumns.map((i) => i.column)).toEqual(['Post title', 'Campaign name', 'Posted by', 'Campaign start date', 'Campaign end date', 'Audience', 'Views', 'Offsite Views', 'Click through rate (CTR)', 'Follows', 'Engagement rate']);
      expect(c.unknownColumns).toEqual([]);
      // The caption that looks like a formula is never read into a figure or a note.
      expect(JSON.stringify(c.posts) + JSON.stringify(c.notes)).not.toContain('HYPERLINK');
    });
  }

  it('reads the 2023 layout (Shares, Views (excluding off-site video views), Off-site Views) of a BIFF8 .xls', async () => {
    const sheets = await readAll('maison-lumen_content_1704067200000.xls', { period: { start: '2023-10-01', end: '2023-12-31' }, today: '2024-01-02' });
    expect(sheets.map((s) => s.id)).toEqual(['linkedin-content-metrics', 'linkedin-content']);
    const c = sheets[1]!.contribution!;
    expect([c.rows, c.kept, c.outsidePeriod, c.rejected.length, c.missingCells.length]).toEqual([3, 3, 0, 0, 0]);
    // By hand: impressions 640 + 5300 + 410 = 6350; clicks 12 + 96 + 3 = 111; likes 21 + 40 + 9 = 70;
    // comments 3 + 2 + 0 = 5; shares 2 + 4 + 1 = 7; one sponsored post of three.
    expect([sum(c, 'impressions'), sum(c, 'clicks'), sum(c, 'reactions'), sum(c, 'comments'), sum(c, 'shares')]).toEqual([6350, 111, 70, 5, 7]);
    expect(c.posts!.filter((p) => p.paid).length).toBe(1);
    expect(c.ignoredColumns.map((i) => i.column)).toContain('Views (excluding off-site video views)');
    expect(c.ignoredColumns.map((i) => i.column)).toContain('Off-site Views');
  });
});

describe('LinkedIn Page content export, re-saved', () => {
  it('reads a content workbook re-saved by a spreadsheet, whose dates became real date cells', async () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['A note'],
      ['Post title', 'Post link', 'Post type', 'Created date', 'Impressions', 'Clicks', 'Likes', 'Comments', 'Reposts'],
      ['Vœux', 'https://www.linkedin.com/feed/update/urn:li:activity:1', 'Organic', new Date(Date.UTC(2026, 0, 6)), 500, 9, 12, 1, 0],
    ], { cellDates: true, dateNF: 'dd/mm/yyyy', UTC: true });
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'All posts');
    const [table] = workbookTables('re-saved.xlsx', 're-saved.xlsx', 'maison-lumen_content_1775030400000.xlsx', XLSX.write(wb, { bookType: 'xlsx', type: 'buffer' }) as Buffer);
    const [match] = detectLocal(table!);
    expect(match!.format.id).toBe('linkedin-content');
    const c = await match!.format.read!(table!, match!.header, Q1);
    expect(c.posts!.map((p) => [p.line, p.date, p.impressions])).toEqual([[3, '2026-01-06', 500]]);
  });
});

describe('LinkedIn Page followers export', () => {
  for (const file of ['maison-lumen_followers_1775030400000.xls', 'maison-lumen_followers_1775030400000.xlsx']) {
    it(`${file.replace(/.*\./, '.')}: new followers per day summed into a gain that is said, never stored as a count`, async () => {
      const sheets = await readAll(file, Q1);
      expect(sheets.map((s) => [s.sheet, s.id])).toEqual([
        ['New followers', 'linkedin-followers'], ['Location', 'linkedin-followers-demographics'], ['Job function', 'linkedin-followers-demographics'],
        ['Seniority', 'linkedin-followers-demographics'], ['Industry', 'linkedin-followers-demographics'], ['Company size', 'linkedin-followers-demographics'],
      ]);
      const c = sheets[0]!.contribution!;
      expect([c.rows, c.kept, c.outsidePeriod, c.rejected.length]).toEqual([7, 6, 1, 0]);
      expect(c.totals).toBeUndefined();
      expect(c.posts).toBeUndefined();
      expect(c.account).toBe('maison-lumen');
      // By hand, 1 January to 31 March (31 December left out): total 2 + 10 + 16 + 6 + 7 + 1 = 42; organic
      // 2 + 9 + 4 + 6 + 5 + 1 = 27; sponsored 12; auto-invited 1 + 2 = 3.
      expect(c.notes).toEqual([{ key: 'note.followers-gained', level: 'warning', args: { gained: 42, organic: 27, sponsored: 12, auto: 3, start: '2026-01-01', end: '2026-03-31' } }]);
      expect(t('fr', 'note.followers-gained', c.notes[0]!.args)).toBe('LinkedIn donne les nouveaux abonnés de chaque jour, pas un nombre d’abonnés\u00a0: 42 gagnés du 1er janvier 2026 au 31 mars 2026 (organiques 27, sponsorisés 12, invités automatiquement 3). Rien n’a été enregistré\u00a0: saisissez followers.end (Page › Statistiques › Abonnés affiche le total) et followers.start = followers.end − 42 si cette période est celle du fichier de marque.');
      expect(t('en', 'note.followers-gained', c.notes[0]!.args)).toContain('42 gained from 1 January 2026 to 31 March 2026');
    });
  }

  it('says so when no day of the period is in the export', async () => {
    const [first] = await readAll('maison-lumen_followers_1775030400000.xlsx', { period: { start: '2025-01-01', end: '2025-06-30' }, today: '2026-04-02' });
    expect(first!.contribution!.notes).toEqual([{ key: 'note.followers-none', level: 'warning' }]);
    expect(first!.contribution!.outsidePeriod).toBe(7);
  });

  it('recognises the visitors export and skips it with a reason', async () => {
    const sheets = await readAll('maison-lumen_visitors_1775030400000.xls', Q1);
    expect(sheets).toEqual([{ sheet: 'Visitor metrics', id: 'linkedin-visitors', skipped: 'skipped.visitors' }]);
    expect(t('fr', 'skipped.visitors')).toBe('les visites de la page, que smscore n’évalue pas');
  });
});
