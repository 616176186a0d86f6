import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { GOOGLE_BUSINESS_FORMATS } from '../../../src/import/formats/google-business.js';
import { makeTranslator } from '../../../src/i18n/translate.js';
import type { ReadContext, ReviewRecord } from '../../../src/import/model.js';
import { openDetected } from './detect-local.js';

const dir = join(process.cwd(), 'test/fixtures/import/google-business');
const location = join(dir, 'Takeout/Google Business Profile/account-104857600000000000001/location-2718281828459045235');
const Q1: ReadContext = { period: { start: '2026-01-01', end: '2026-03-31' }, today: '2026-04-02' };
const t = makeTranslator<string>(GOOGLE_BUSINESS_FORMATS[0]!.messages);

async function readOne(file: string, ctx: ReadContext) {
  const [only, ...more] = await openDetected(file);
  expect(more).toEqual([]);
  return { id: only!.format.id, skipped: only!.format.skipped, contribution: only!.format.read ? await only!.format.read(only!.table, only!.header, ctx) : undefined };
}

describe('Google Business Profile performance (multi-location download)', () => {
  it('skips the definition row, reads one contribution per location: impressions = views summed over the four surfaces, clicks = website clicks', async () => {
    const { id, contribution: c } = await readOne(join(dir, 'maison-lumen-gbp-insights-2026-q1.csv'), Q1);
    expect(id).toBe('google-business-insights');
    // The table: rows 3–6 are locations (row 2, the definitions, is neither read nor rejected); Part-Dieu's
    // "n/a" rejects its row; Annecy has no Desktop Search figure.
    expect([c!.rows, c!.kept, c!.outsidePeriod]).toEqual([4, 3, 0]);
    expect(c!.rejected).toEqual([{ line: 6, code: 'not-a-number', column: 'Google Search - Mobile', value: 'n/a' }]);
    expect(c!.missingCells).toEqual([{ line: 5, column: 'Google Search - Desktop' }]);
    expect(c!.totals).toBeUndefined();
    expect(c!.notes).toEqual([{ key: 'note.no-dates', level: 'warning', args: { start: '2026-01-01', end: '2026-03-31' } }]);
    expect(c!.ignoredColumns.map((i) => [i.column, i.why])).toEqual([
      ['Store code', 'ignored.location'], ['Address', 'ignored.location'], ['Labels', 'ignored.location'],
      ['Calls', 'ignored.other-actions'], ['Messages', 'ignored.other-actions'], ['Bookings', 'ignored.other-actions'], ['Directions', 'ignored.other-actions'],
      ['Food orders', 'ignored.other-actions'], ['Food menu clicks', 'ignored.other-actions'], ['Hotel bookings', 'ignored.other-actions'],
    ]);
    expect(c!.unknownColumns).toEqual([]);
    // By hand: Lyon (blank store code) 2398 + 891 + 546 + 206 = 4041 views, 248 website clicks; Paris Marais
    // 1520 + 430 + 980 + 120 = 3050 and 190; Annecy 77 clicks, and no impressions (a surface is missing: a sum of
    // three surfaces would pass for the whole).
    expect(c!.byAccount!.map((l) => [l.account, l.totals])).toEqual([
      ['Maison Lumen', { impressions: 4041, clicks: 248 }],
      ['Maison Lumen Paris Marais', { impressions: 3050, clicks: 190 }],
      ['Maison Lumen Annecy', { clicks: 77 }],
    ]);
    expect(c!.byAccount![2]!.notes[0]).toEqual({ key: 'note.views-incomplete' });
    const lyon = c!.byAccount![0]!;
    expect(lyon.notes).toEqual([{ key: 'note.other-actions', args: { calls: 27, directions: 245, messages: 0, bookings: 0, food: 0, menu: 0, hotel: 0 } }]);
    expect(t('fr', 'note.other-actions', lyon.notes[0]!.args)).toBe('Autres actions sur la fiche, non enregistrées (le fichier de marque n’a pas de champ pour elles)\u00a0: 27 appels, 245 demandes d’itinéraire, 0 conversation ouverte, 0 réservation, 0 commande de repas, 0 clic sur le menu, 0 clic sur le lien de réservation d’hôtel.');
    expect(t('en', 'note.other-actions', c!.byAccount![1]!.notes[0]!.args)).toBe('Other actions on the profile, not stored (the brand file has no field for them): 14 calls, 310 direction requests, 3 conversations started, 2 bookings, 0 food orders, 0 menu clicks, 0 hotel booking-link clicks.');
    expect(t('fr', 'note.no-dates', c!.notes[0]!.args)).toBe('Cet export n’a pas de dates\u00a0: ses chiffres portent sur la période choisie au téléchargement. Vérifiez qu’il s’agissait du 1er janvier 2026 au 31 mars 2026.');
  });
});

describe('Google Business Profile reviews (Takeout)', () => {
  const ids = (reviews: ReviewRecord[]) => reviews.map((r) => r.id!.replace(/.*\//, ''));

  it('reads each page: day, stars, answered and hours to the answer; nothing of a review’s text', async () => {
    const first = (await readOne(join(location, 'reviews.json'), Q1)).contribution!;
    const second = (await readOne(join(location, 'reviews-2.json'), Q1)).contribution!;
    expect([first.format.id, second.format.id]).toEqual(['google-business-reviews', 'google-business-reviews']);
    expect(first.reviews).toEqual([
      // Answered 19 hours later (14:03 → 09:03 the next day); the second has stars only; the translated one was
      // answered 5 days (120 hours) later.
      { id: expect.stringContaining('/reviews/AbFvOq0001'), date: '2026-01-10', rating: 5, answered: true, responseHours: 19 },
      { id: expect.stringContaining('/reviews/AbFvOq0002'), date: '2026-02-02', rating: 4, answered: false },
      { id: expect.stringContaining('/reviews/AbFvOq0003'), date: '2026-02-20', rating: 3, answered: true, responseHours: 120 },
    ]);
    expect([first.rows, first.kept, first.outsidePeriod, first.rejected]).toEqual([3, 3, 0, []]);
    // Page 2: the translated review again (same id: dropped when the channel's reviews are merged), the hostile
    // one, one without stars whose empty reply is no answer, and a 2025 review counted out.
    expect(second.reviews!.map((r) => [r.id!.replace(/.*\//, ''), r.date, r.rating, r.answered])).toEqual([
      ['AbFvOq0003', '2026-02-20', 3, true], ['AbFvOq0004', '2026-03-15', 1, false], ['AbFvOq0005', '2026-03-30', undefined, false],
    ]);
    expect([second.rows, second.kept, second.outsidePeriod]).toEqual([4, 3, 1]);
    expect(second.notes).toContainEqual({ key: 'note.reviews-outside', args: { count: 1 } });
    expect(second.notes).toContainEqual({ key: 'note.reply-time' });
    expect(t('fr', 'note.reviews-outside', { count: 1 })).toBe('1 avis d’une autre période compté et écarté.');

    // By hand, over both pages once the duplicate is dropped: 5 reviews; stars 5, 4, 3, 1 (one has none): average
    // 13 / 4 = 3.25; answered 2 (0001, 0003); hours to answer 19 and 120, median 69.5.
    const merged = new Map([...first.reviews!, ...second.reviews!].map((r) => [r.id, r]));
    const all = [...merged.values()];
    const rated = all.filter((r) => r.rating !== undefined);
    expect(ids(all)).toEqual(['AbFvOq0001', 'AbFvOq0002', 'AbFvOq0003', 'AbFvOq0004', 'AbFvOq0005']);
    expect(rated.reduce((s, r) => s + r.rating!, 0) / rated.length).toBe(3.25);
    expect(all.filter((r) => r.answered).map((r) => r.responseHours)).toEqual([19, 120]);
    // The comment with control characters and =HYPERLINK(…) never leaves the file.
    expect(JSON.stringify([first, second].map((c) => ({ reviews: c.reviews, notes: c.notes })))).not.toMatch(/HYPERLINK|\u001b|\u0007|Translated/);
  });

  it('rejects a review without a valid creation time, naming its position', async () => {
    const table = (await openDetected(join(location, 'reviews.json')))[0]!;
    const bad = { ...table.table, json: { reviews: [{ name: 'r/1', starRating: 'FIVE', createTime: '2026-02-30T10:00:00Z' }, { name: 'r/2', createTime: '2026-02-01T10:00:00.123456Z' }] } };
    const c = await table.format.read!(bad, table.header, Q1);
    expect(c.rejected).toEqual([{ line: 1, code: 'bad-date', column: 'createTime', value: '2026-02-30T10:00:00Z' }]);
    expect(c.reviews).toEqual([{ id: 'r/2', date: '2026-02-01', answered: false }]);
  });

  it('recognises the Maps "Reviews.json" (reviews the account wrote) and refuses it with a reason', async () => {
    const r = await readOne(join(dir, 'Takeout/Maps (your places)/Reviews.json'), Q1);
    expect([r.id, r.skipped, r.contribution]).toEqual(['google-maps-reviews-written', 'skipped.maps-reviews-written', undefined]);
    expect(t('en', 'skipped.maps-reviews-written')).toContain('reviews the Google account WROTE about other places');
  });
});
