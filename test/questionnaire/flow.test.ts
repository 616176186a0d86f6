import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAuditDeps } from '../../src/audit/index.js';
import { dataOf } from '../../src/edit/yaml-edit.js';
import { applyAnswersData, auditText, planGaps, runQuestionnaire, type FlowOptions } from '../../src/questionnaire/index.js';
import { validateText } from '../../src/validate/index.js';
import { visibleWidth } from '../../src/render/text-wrap.js';
import { BACK, FakePrompter, SKIP, STOP, type Scripted } from './fake-prompter.js';

const ROOT = join(import.meta.dirname ?? '.', '..', '..');
const BM = readFileSync(join(ROOT, 'examples', 'boulangerie-martin.yaml'), 'utf8');
const deps = loadAuditDeps();
const comments = (t: string) => t.split('\n').filter((l) => /#/.test(l) && /^\s*#/.test(l));

async function run(script: Scripted[], o: Partial<FlowOptions> = {}) {
  const prompter = new FakePrompter(script);
  const out: string[] = [];
  const outcome = await runQuestionnaire({ file: 'brand.yaml', text: BM, deps, prompter, locale: 'en', write: (s) => out.push(s), ...o });
  return { outcome, prompter, out: out.join('') };
}

describe('which questions are asked', () => {
  test('the audit\'s gaps, most severe first, filtered and limited', () => {
    const audit = auditText('b.yaml', BM, deps)!;
    const all = planGaps(audit, deps);
    expect(all.length).toBe(audit.gaps.length);
    expect(all[0]!.severity).toBe('critical');
    expect(all.map((g) => g.questionId).slice(0, 2)).toEqual(['customer-needs', 'listening-setup']);
    expect(planGaps(audit, deps, { section: 'channels' }).every((g) => g.section === 'channels')).toBe(true);
    expect(planGaps(audit, deps, { severity: 'minor' }).every((g) => g.severity === 'minor')).toBe(true);
    expect(planGaps(audit, deps, { pillar: 'satisfaction' }, 3)).toHaveLength(3);
  });
});

describe('completing an existing file', () => {
  test('answers two list questions and one text, confirms: the text validates, keeps its comments, fewer gaps', async () => {
    const { outcome, prompter, out } = await run([
      'Savoir ce qui sort du four', 'Précommander les galettes', '',
      'Instagram', 'Google Maps', '',
      'Les réseaux annoncent les fournées prévues au plan marketing.',
      true,
    ], { limit: 3 });
    expect(outcome.status).toBe('write');
    if (outcome.status !== 'write') return;
    expect(validateText('b.yaml', outcome.text).valid).toBe(true);
    expect(comments(outcome.text)).toEqual(comments(BM));
    const data = dataOf(outcome.text) as { audience: { needs: string[] }; listening: { sources: string[] }; plans: { marketingPlan: string } };
    expect(data.audience.needs).toEqual(['Savoir ce qui sort du four', 'Précommander les galettes']);
    expect(data.listening.sources).toEqual(['Instagram', 'Google Maps']);
    expect(data.plans.marketingPlan).toMatch(/plan marketing/);
    expect(outcome.after!.gaps.length).toBe(outcome.before!.gaps.length - 3);
    expect(outcome.after!.readiness.score).toBeGreaterThan(outcome.before!.readiness.score);
    expect(outcome.answers.questions.map((q) => q.id)).toEqual(['customer-needs', 'listening-setup', 'marketing-plan-integration']);
    // Each question is shown with why it matters and an example, then the review with readiness before → after.
    expect(out).toContain('Why it matters:');
    expect(out).toContain('Example:');
    expect(out).toMatch(/Readiness: 29 % → \d+ %/);
    expect(prompter.remaining).toBe(0);
    expect(prompter.calls.at(-1)).toMatchObject({ type: 'confirm', message: 'Write these changes to brand.yaml?' });
  });

  test('per-channel questions write into the right channel; an enum is a choice among the allowed values', async () => {
    const { outcome, prompter } = await run([
      'Les habitués y cherchent les horaires.', // channel-why, facebook (the only channel without one)
      true,
    ], { filter: { section: 'channels', severity: 'major' }, limit: 1 });
    expect(prompter.calls[0]!.message).toMatch(/Why publish on this network/);
    expect(outcome.status).toBe('write');
    if (outcome.status !== 'write') return;
    const data = dataOf(outcome.text) as { channels: { id: string; why?: string }[] };
    expect(data.channels.find((c) => c.id === 'facebook')!.why).toBe('Les habitués y cherchent les horaires.');
    expect(outcome.answers.questions).toEqual([{ id: 'channel-why', item: 'facebook', value: 'Les habitués y cherchent les horaires.' }]);

    const e = await run(['weekly', true], { filter: { section: 'listening', severity: 'minor' }, limit: 1 });
    expect(e.prompter.calls[0]).toMatchObject({ type: 'select' });
    expect(e.prompter.calls[0]!.choices).toEqual(expect.arrayContaining(['real-time', 'daily', 'weekly', 'monthly']));
    expect(e.outcome.status).toBe('write');
  });

  test('refs are a checkbox of the declared ids', async () => {
    const { outcome, prompter } = await run([['habitues-du-quartier'], true], { limit: 20, filter: { section: 'channels', kind: 'coherence' } });
    void outcome;
    const call = prompter.calls.find((c) => c.type === 'checkbox');
    expect(call?.choices).toEqual(['habitues-du-quartier']);
  });

  test('skipping everything changes nothing', async () => {
    const { outcome } = await run(['', '', ''], { limit: 3 });
    expect(outcome.status).toBe('unchanged');
  });

  test('« :q » stops asking and goes to the review', async () => {
    const { outcome, prompter } = await run(['Un besoin', '', ':q', true], { limit: 10 });
    expect(outcome.status).toBe('write');
    expect(prompter.remaining).toBe(0);
    if (outcome.status === 'write') expect(outcome.changes).toHaveLength(1);
  });

  test('an answer the schema refuses is explained, and the editor reopens on what the user wrote, the problem on top', async () => {
    const { outcome, out, prompter } = await run([
      '', SKIP, // department (text), team size (structured): skipped
      { choose: /editor/ }, '# my notes\namount: -10\nper: month\n', // money cannot be negative
      'amount: 300\nper: month\n', // the editor again, straight away
      true,
    ], { filter: { section: 'resources', severity: 'major' }, limit: 3 });
    expect(prompter.calls[2]!.message).toMatch(/cost/i);
    expect(out).toMatch(/✖ .*(0|negative|minimum).*organisation\.budget\.amount/);
    expect(out).toContain('Not saved: the text opens again as you wrote it');
    const reopened = prompter.calls.filter((c) => c.type === 'editor')[1]!;
    expect(String(reopened.default)).toMatch(/^# ✖ .*organisation\.budget\.amount[^]*# my notes\namount: -10\nper: month\n$/);
    expect(String(reopened.default)).not.toMatch(/amount: \d{3}/);
    expect(outcome.status).toBe('write');
    if (outcome.status !== 'write') return;
    expect((dataOf(outcome.text) as { organisation: unknown }).organisation).toEqual({ budget: { amount: 300, per: 'month' } });
  });

  test('text that is not YAML reopens the editor on that text, the parser\'s complaint on top', async () => {
    const { prompter, out } = await run([
      '', SKIP, { choose: /editor/ }, 'amount: [300\nper: month\n', 'amount: 300\nper: month\n', true,
    ], { filter: { section: 'resources', severity: 'major' }, limit: 3 });
    expect(out).toContain('That is not valid YAML');
    const reopened = prompter.calls.filter((c) => c.type === 'editor')[1]!;
    expect(String(reopened.default)).toMatch(/^# ✖ That is not valid YAML[^]*\namount: \[300\nper: month\n$/);
  });

  test('a structured answer opens the editor with the example prefilled; a free-text answer is offered too', async () => {
    const { prompter } = await run(['', SKIP, { choose: /editor/ }, '# only comments\n'], { filter: { section: 'resources', severity: 'major' }, limit: 3 });
    const ed = prompter.calls.find((c) => c.type === 'editor');
    expect(String(ed?.default)).toMatch(/^# The value of organisation\.budget[^]*\namount: \d+/);
    expect(prompter.calls[2]!.choices!.some((c) => /free text/.test(c))).toBe(true);
    const free = await run(['', SKIP, { choose: /free text/ }, 'Pas de budget fixe\u00a0: 50 € par mois au plus.', true], { filter: { section: 'resources', severity: 'major' }, limit: 3 });
    expect(free.outcome.status).toBe('write');
    if (free.outcome.status === 'write') expect((dataOf(free.outcome.text) as { answers: Record<string, string> }).answers['budget-amount']).toMatch(/50 €/);
  });

  test('Ctrl-C or end of input at any moment: interrupted, with the answers so far and no text', async () => {
    const { outcome } = await run(['Savoir ce qui sort du four', ''], { limit: 3 });
    expect(outcome).toEqual({ status: 'interrupted', answers: { set: [], questions: [{ id: 'customer-needs', value: ['Savoir ce qui sort du four'] }] } });
    // Even at the confirmation.
    const late = await run(['A', '', ''], { limit: 2 });
    expect(late.outcome.status).toBe('interrupted');
  });

  test('declining at the confirmation keeps the answers for later', async () => {
    const { outcome } = await run(['A', '', false], { limit: 1 });
    expect(outcome.status).toBe('declined');
    if (outcome.status === 'declined') expect(outcome.answers.questions).toHaveLength(1);
  });

  test('--yes writes without asking', async () => {
    const { outcome, prompter } = await run(['A', ''], { limit: 1, yes: true });
    expect(outcome.status).toBe('write');
    expect(prompter.calls.every((c) => c.type !== 'confirm')).toBe(true);
  });

  test('saved answers are offered first, and the questions they answer are not asked again', async () => {
    const resume = { set: [], questions: [{ id: 'customer-needs', value: ['Savoir ce qui sort du four'] }] };
    const { outcome, prompter } = await run([true, 'Instagram', '', true], { limit: 1, resume });
    expect(prompter.calls[0]).toMatchObject({ type: 'confirm' });
    expect(prompter.calls[1]!.message).toBe('Item 1');
    expect(outcome.status).toBe('write');
    if (outcome.status === 'write') expect(outcome.changes.map((c) => c.path.join('.'))).toEqual(['audience.needs', 'listening.sources']);
  });

  test('French', async () => {
    const { out, prompter } = await run([''], { limit: 1, locale: 'fr' });
    expect(out).toContain('Pourquoi c\'est important\u00a0:');
    expect(prompter.calls[0]!.message).toBe('Élément 1');
  });

  test('in French, the example shown and the editor\'s starting text are the catalog\'s French example', async () => {
    const { out: wrapped } = await run([''], { limit: 1, locale: 'fr' });
    const out = wrapped.replace(/\n */g, ' ');
    expect(out).toContain('Savoir si une lampe convient à un petit appartement avant de l\'acheter.');
    expect(out).not.toContain('Know whether a lamp suits');
    const { prompter } = await run(['', { choose: /éditeur/ }, '# rien\n'], { filter: { section: 'resources', severity: 'major' }, locale: 'fr', limit: 2 });
    const ed = prompter.calls.find((c) => c.type === 'editor');
    expect(String(ed?.default)).toContain('role: Photographe');
  });
});

describe('creating a new file', () => {
  test('brand, audience, objectives, channels (role, owner, audience), metrics, then the catalog\'s questions', async () => {
    const script: Scripted[] = [
      'Fromagerie Dupont', 'local-business', 'Les gourmands du quartier',
      true, 'Faire connaître les plateaux de fêtes', 'selling', '',   // objective, id from its description
      false,
      true, 'instagram', '', 'Vitrine des arrivages', 'Paul', 'Familles du quartier', ['faire-connaitre-les-plateaux'],
      true, 'facebook', '', '', '', '', [],
      false,
      true, '2026-01-01', '2026-03-31', 'T1 2026',
      1200, 1300, 40, 9000, undefined, 700, 50, 20,                    // instagram
      undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined,  // facebook: nothing
      'Savoir ce qui arrive cette semaine', '',                        // then the catalog's question
      true,
    ];
    const { outcome, prompter } = await run(script, { text: undefined, file: 'new.yaml', filter: { section: 'customer', severity: 'critical' }, limit: 1 });
    expect(outcome.status).toBe('write');
    if (outcome.status !== 'write') return;
    expect(validateText('new.yaml', outcome.text).valid).toBe(true);
    expect(outcome.text).toMatch(/^# Brand file created with `smscore questionnaire`/);
    expect(dataOf(outcome.text)).toMatchObject({
      smscore: 1,
      brand: { name: 'Fromagerie Dupont', sector: 'local-business' },
      audience: { description: 'Les gourmands du quartier', needs: ['Savoir ce qui arrive cette semaine'] },
      objectives: [{ id: 'faire-connaitre-les-plateaux', domain: 'selling', description: 'Faire connaître les plateaux de fêtes' }],
      channels: [
        { id: 'instagram', platform: 'instagram', role: 'Vitrine des arrivages', owner: 'Paul', audience: { description: 'Familles du quartier' }, objectives: ['faire-connaitre-les-plateaux'],
          metrics: { followers: { start: 1200, end: 1300 }, posts: 40, reach: 9000, reactions: 700, comments: 50, shares: 20 } },
        { id: 'facebook', platform: 'facebook' },
      ],
      period: { start: '2026-01-01', end: '2026-03-31', label: 'T1 2026' },
    });
    expect(outcome.before).toBeUndefined();
    expect(outcome.after!.gaps.length).toBeGreaterThan(0);
    expect(prompter.remaining).toBe(0);
    expect(outcome.answers.set[0]).toEqual({ path: ['brand', 'name'], value: 'Fromagerie Dupont' });
  });

  test('the name is required; a bad id is refused and only the id is asked again, the other answers kept', async () => {
    const script: Scripted[] = [
      '', 'X', SKIP, '',
      false,
      true, 'tiktok', 'Not An Id', 'Vidéos courtes', 'Léa', '',   // refused: ids are lower-case
      '',                                                           // only the id again: its default is made of it
      false, false, true,
    ];
    const { outcome, out, prompter } = await run(script, { text: undefined, limit: 0 });
    expect(out).toContain('The name is the one thing a brand file needs.');
    expect(out.replace(/\s+/g, ' ')).toContain('✖ Its id (lower-case letters, digits and dashes): "Not An Id" is not a valid id');
    expect(out).toContain('Only this answer is asked again; your other answers are kept.');
    const again = prompter.calls[11]!;
    expect(again).toMatchObject({ type: 'input', message: 'Its id (lower-case letters, digits and dashes)', default: 'not-an-id' });
    expect(outcome.status).toBe('write');
    if (outcome.status === 'write') {
      expect(dataOf(outcome.text)).toMatchObject({ brand: { name: 'X' }, channels: [{ id: 'not-an-id', platform: 'tiktok', role: 'Vidéos courtes', owner: 'Léa' }] });
    }
  });

  test('a wrong date asks again that date only, saying what is wrong (in French too)', async () => {
    const script: Scripted[] = [
      'X', { choose: /skip|passer/ }, '', false, true, 'instagram', '', '', '', '', false,
      true, '2026-13-01', '2026-03-31', 'T1',  // no 13th month
      '2026-01-01',                            // only the first day again
      undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined,
      true,
    ];
    for (const locale of ['en', 'fr'] as const) {
      const { outcome, out, prompter } = await run([...script], { text: undefined, limit: 0, locale });
      expect(outcome.status).toBe('write');
      if (outcome.status === 'write') expect(dataOf(outcome.text)).toMatchObject({ period: { start: '2026-01-01', end: '2026-03-31', label: 'T1' } });
      const messages = prompter.calls.map((c) => c.message);
      const first = messages.indexOf(locale === 'en' ? 'First day (YYYY-MM-DD)' : 'Premier jour (AAAA-MM-JJ)');
      expect(messages.slice(first, first + 4)).toEqual(locale === 'en'
        ? ['First day (YYYY-MM-DD)', 'Last day (YYYY-MM-DD)', 'A label, e.g. Q1 2026 (Enter to skip)', 'First day (YYYY-MM-DD)']
        : ['Premier jour (AAAA-MM-JJ)', 'Dernier jour (AAAA-MM-JJ)', 'Un libellé, par ex. T1 2026 (Entrée pour passer)', 'Premier jour (AAAA-MM-JJ)']);
      expect(out).toContain(locale === 'en' ? '"2026-13-01" is not a valid date' : '«\u00a02026-13-01\u00a0» n’est pas une date');
      expect(out).toContain(locale === 'en' ? 'Only this answer is asked again' : 'Seule cette réponse est redemandée');
    }
  });

  test('in French, sectors and platforms are offered by their French name with the id that gets written', async () => {
    const { outcome, prompter } = await run(['Fromagerie Dupont', 'local-business', 'Les gourmands du quartier', false, true, 'google-business-profile'], { text: undefined, locale: 'fr' });
    expect(outcome.status).toBe('interrupted');
    const [sectors, platforms] = prompter.calls.filter((c) => c.type === 'select').map((c) => c.choices!);
    expect(sectors).toEqual(expect.arrayContaining(['Santé et beauté (health-beauty)', 'Commerce de proximité (local-business)', 'Autre (other)']));
    expect(platforms).toEqual(expect.arrayContaining(['instagram', 'Fiche d’établissement Google (google-business-profile)', 'Site d’avis (review-site)']));
    if (outcome.status === 'interrupted') expect(outcome.answers.set[1]).toEqual({ path: ['brand', 'sector'], value: 'local-business' });
  });

  test('interrupted during creation: nothing to write, the answers so far are kept', async () => {
    const { outcome } = await run(['Fromagerie Dupont', 'retail'], { text: undefined });
    expect(outcome.status).toBe('interrupted');
    if (outcome.status === 'interrupted') expect(outcome.answers.set.map((s) => s.path.join('.'))).toEqual(['brand.name', 'brand.sector']);
  });
});

describe('going back (issue 22: "back" at every step)', () => {
  test('« < » in a text goes back one prompt, then another: the earlier answer is the default and is replaced', async () => {
    const { outcome, prompter, out } = await run([
      'Savoir ce qui sort du four', 'Précommander', '',   // the first question: two items, then the empty one
      '<',                                                 // at the second question: back to the empty item…
      '<',                                                 // …and back again, to the second item
      'Réserver une galette', '',                          // replaced
      'Instagram', '', true,
    ], { limit: 2 });
    const items = prompter.calls.filter((c) => c.type === 'input').map((c) => [c.message, c.default ?? null]);
    expect(items).toEqual([
      ['Item 1', null], ['Item 2', null], ['Item 3', null], ['Item 1', null],
      ['Item 3', null], ['Item 2', 'Précommander'], ['Item 3', null], ['Item 1', null], ['Item 2', null],
    ]);
    expect(out).toContain('↩ Back to the previous question (your earlier answer is the default).');
    // The question's header and its answers so far are shown again above the prompt asked again.
    expect(out.slice(out.lastIndexOf('↩ Back'))).toMatch(/\[1\/2\][^]*✔ Item 1 Savoir ce qui sort du four/);
    expect(outcome.status).toBe('write');
    if (outcome.status !== 'write') return;
    expect(dataOf(outcome.text)).toMatchObject({ audience: { needs: ['Savoir ce qui sort du four', 'Réserver une galette'] } });
    expect(outcome.answers.questions.find((q) => q.id === 'customer-needs')!.value).toEqual(['Savoir ce qui sort du four', 'Réserver une galette']);
  });

  test('every kind of prompt goes back: list (← back choice), checkbox, number, yes/no; the answer is undone', async () => {
    const script: Scripted[] = [
      'Fromagerie', BACK,                         // the sector list: back to the name, offered as default
      '', 'retail', 'Les gourmands',              // Enter keeps it
      true, 'Plateaux de fêtes', 'selling', '', false,
      true, 'instagram', '', '', '', '', [BACK],  // the objectives checkbox: back to the channel's audience
      'Familles', ['plateaux-de-fetes'],          // asked again, the checkbox too
      false, true, '2026-01-01', '2026-03-31', '',
      1200, '<',                                  // a number: back to the one before, 1200 as default
      '', 1300, 40,
    ];
    const { outcome, prompter } = await run(script, { text: undefined, file: 'new.yaml', limit: 0 });
    const calls = prompter.calls;
    const sector = calls.filter((c) => c.message.startsWith('Its sector'));
    expect(sector[0]!.choices).toContain('← back to the previous question');
    expect(calls.filter((c) => c.message === 'The brand\'s name').map((c) => c.default ?? null)).toEqual([null, 'Fromagerie']);
    // The first prompt has nothing before it: no back choice in a list there (checked on the domain list instead).
    expect(calls.find((c) => c.type === 'checkbox')!.choices).toContain('← back to the previous question');
    expect(calls.filter((c) => c.message.startsWith('Who does it reach')).map((c) => c.default ?? null)).toEqual([null, null]);
    expect(calls.filter((c) => c.message.startsWith('Followers at the start')).map((c) => c.default ?? null)).toEqual([null, 1200]);
    expect(outcome.status).toBe('interrupted');
    if (outcome.status !== 'interrupted') return;
    expect(outcome.answers.set.map((e) => [e.path.join('.'), e.value])).toEqual([
      ['brand.name', 'Fromagerie'], ['brand.sector', 'retail'], ['audience.description', 'Les gourmands'],
      ['objectives.0', { id: 'plateaux-de-fetes', domain: 'selling', description: 'Plateaux de fêtes' }],
      ['channels.0', { id: 'instagram', platform: 'instagram', objectives: ['plateaux-de-fetes'], audience: { description: 'Familles' } }],
      ['period', { start: '2026-01-01', end: '2026-03-31' }],
      ['channels.0.metrics.followers.start', 1200], ['channels.0.metrics.followers.end', 1300], ['channels.0.metrics.posts', 40],
    ]);
  });

  test('going back undoes the answer in the answers kept for a resume; at the first question there is nothing before', async () => {
    const { outcome, out, prompter } = await run(['<', 'Fromagerie', 'retail', '<'], { text: undefined, file: 'new.yaml' });
    expect(out).toContain('There is no question before this one.');
    expect(prompter.calls.map((c) => c.message.slice(0, 12))).toEqual(['The brand\'s ', 'The brand\'s ', 'Its sector (', 'Who does the', 'Its sector (']);
    expect(prompter.calls[4]!.default).toBe('retail');
    expect(outcome.status).toBe('interrupted');
    if (outcome.status === 'interrupted') expect(outcome.answers.set.map((e) => e.path.join('.'))).toEqual(['brand.name']);
  });

  test('« < » at the final confirmation goes back to the last question; French labels', async () => {
    // Back from the confirmation: the list's last (empty) item is asked again, and the list goes on.
    const { outcome, prompter } = await run(['Savoir ce qui sort du four', '', '<', 'Réserver', '', true], { limit: 1, locale: 'fr' });
    expect(prompter.calls.map((c) => [c.type, c.message.slice(0, 9)])).toEqual([
      ['input', 'Élément 1'], ['input', 'Élément 2'], ['confirm', 'Écrire ce'], ['input', 'Élément 2'], ['input', 'Élément 3'], ['confirm', 'Écrire ce'],
    ]);
    expect(outcome.status).toBe('write');
    if (outcome.status === 'write') expect(dataOf(outcome.text)).toMatchObject({ audience: { needs: ['Savoir ce qui sort du four', 'Réserver'] } });
    const fr = await run(['Fromagerie', BACK], { text: undefined, file: 'n.yaml', locale: 'fr' });
    expect(fr.prompter.calls[1]!.choices).toContain('← revenir à la question précédente');
    expect(fr.out.replace(/[ \n]+/g, ' ')).toContain('«\u00a0<\u00a0» (ou «\u00a0← revenir\u00a0» dans une liste) revient à la précédente');
    expect(fr.out).toContain('↩ Retour à la question précédente');
  });
});

describe('resuming an interrupted new file (issue 22)', () => {
  const set = (path: string, value: unknown) => ({ path: path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)), value });

  test('the setup questions the saved answers hold are not asked again: it continues where the user stopped', async () => {
    const resume = { set: [set('brand.name', 'Fromagerie Dupont'), set('brand.sector', 'retail'), set('audience.description', 'Le quartier')], questions: [] };
    const { outcome, prompter } = await run([true, false, false, false, true], { text: undefined, file: 'new.yaml', resume, limit: 0 });
    expect(prompter.calls.map((c) => c.message)).toEqual([
      '3 answers from an interrupted session were found. Apply them first?',
      'Add an objective?', 'Add a channel (a network, a blog, a newsletter, events…)?', 'Enter this period\'s figures now (followers, posts, reach…)?',
      'Write these changes to new.yaml?',
    ]);
    expect(outcome.status).toBe('write');
    if (outcome.status === 'write') expect(dataOf(outcome.text)).toMatchObject({ brand: { name: 'Fromagerie Dupont', sector: 'retail' }, audience: { description: 'Le quartier' } });
  });

  test('stopped among the channels: the next one is offered; stopped in the catalog\'s questions: no setup at all', async () => {
    const resume = {
      set: [set('brand.name', 'F'), set('objectives.0', { id: 'ventes', domain: 'selling' }), set('channels.0', { id: 'instagram', platform: 'instagram' })],
      questions: [],
    };
    const a = await run([true], { text: undefined, file: 'new.yaml', resume, limit: 0 });
    expect(a.prompter.calls.map((c) => c.message).slice(1)).toEqual(['Add another channel?']);
    const b = await run([true], { text: undefined, file: 'new.yaml', resume: { ...resume, questions: [{ id: 'customer-needs', value: ['Les horaires'] }] }, limit: 1 });
    expect(b.prompter.calls).toHaveLength(2);
    expect(b.out).toMatch(/\[1\/1\]/);
    expect(b.out).not.toContain('Channels');
    expect(b.outcome.status).toBe('interrupted');
    if (b.outcome.status === 'interrupted') expect(b.outcome.answers.set.map((e) => e.path.join('.'))).toEqual(['brand.name', 'objectives.0', 'channels.0']);
  });

  test('stopped among the figures: the period is kept, and the figures already given are not asked again', async () => {
    const resume = {
      set: [set('brand.name', 'F'), set('channels.0', { id: 'instagram', platform: 'instagram' }), set('period', { start: '2026-01-01', end: '2026-03-31' }), set('channels.0.metrics.followers.start', 1200)],
      questions: [],
    };
    const { prompter } = await run([true, 1300], { text: undefined, file: 'new.yaml', resume, limit: 0 });
    expect(prompter.calls.map((c) => c.message).slice(1)).toEqual(['Followers at the end of the period', 'Posts published']);
  });
});

describe('long texts are word-wrapped to the terminal (issue 22)', () => {
  test('every line fits the width and no word is cut, French no-break spaces included', async () => {
    for (const locale of ['en', 'fr'] as const) {
      for (const width of [40, 80]) {
        const { out } = await run([], { limit: 3, locale, width });
        const lines = out.split('\n');
        for (const l of lines) expect(visibleWidth(l)).toBeLessThanOrEqual(width);
        // Joined back, the lines give the texts, word for word: a cut word would show as two.
        const words = (t: string) => t.replace(/\s+/g, ' ').trim().split(' ');
        const q = deps.catalog.questions.find((x) => x.id === 'customer-needs')!;
        const flat = words(out).join(' ');
        expect(flat).toContain(words(q.why[locale]).join(' '));
        // A no-break space never becomes a line end.
        for (const l of lines) expect(l).not.toMatch(/[\u00a0\u202f]$/);
      }
    }
  });
});

describe('--answers (prepared answers, no prompts)', () => {
  const apply = (data: unknown, text: string | undefined = BM) => applyAnswersData({ file: 'brand.yaml', text, data, deps, locale: 'en' });
  const applyNew = (data: unknown) => applyAnswersData({ file: 'brand.yaml', text: undefined, data, deps, locale: 'en' });

  test('question ids, per-item maps by item id, $set paths', () => {
    const r = apply({
      $set: { 'brand.country': 'FR', 'organisation.headcount': 2 },
      'customer-needs': ['Savoir ce qui sort du four'],
      'strategy-threats': 'Une chaîne ouvre en face', // one text for a list
      'channel-why': { facebook: 'Les horaires.' },
      'objective-owner': { 0: 'Camille Martin' },
      'listening-cadence': 'weekly',
    });
    expect(r.problems).toEqual([]);
    expect(r.applied).toBe(7);
    expect(validateText('b.yaml', r.text).valid).toBe(true);
    expect(dataOf(r.text)).toMatchObject({
      audience: { needs: ['Savoir ce qui sort du four'] },
      strategy: { threats: ['Une chaîne ouvre en face'] },
      organisation: { headcount: 2 },
      listening: { cadence: 'weekly' },
    });
    expect(r.review.after!.gaps.length).toBeLessThan(r.review.before!.gaps.length);
  });

  test('problems are worded and located by entry: unknown question, unknown item, value the schema refuses', () => {
    const r = apply({ 'custmer-needs': ['x'], 'channel-why': { tiktok: 'x' }, 'listening-cadence': 'hourly', 'channel-role': 'x' });
    const byAt = Object.fromEntries(r.problems.map((p) => [p.at.join('.'), p.message]));
    expect(byAt['custmer-needs']).toMatch(/unknown question "custmer-needs". Did you mean "customer-needs"\?/);
    expect(byAt['channel-why.tiktok']).toMatch(/no item "tiktok".*known: instagram, facebook/);
    expect(byAt['listening-cadence']).toMatch(/real-time.*daily.*weekly.*monthly|one of/);
    expect(byAt['channel-role']).toMatch(/asked for each item of channels/);
  });

  test('answers that change nothing leave the text byte-identical', () => {
    const r = apply({ 'channel-role': { instagram: 'Vitrine des fournées du jour et carnet de précommandes pour les fêtes.' } });
    expect(r.problems).toEqual([]);
    expect(r.text).toBe(BM);
  });

  test('a new file needs at least brand.name', () => {
    expect(applyNew({ 'customer-needs': ['x'] }).problems.map((p) => p.message).join('\n')).toMatch(/would not validate/);
    const ok = applyNew({ $set: { 'brand.name': 'Neuve', 'channels.0': { id: 'blog', platform: 'blog' } }, 'channel-role': { blog: 'Le journal.' } });
    expect(ok.problems).toEqual([]);
    expect(dataOf(ok.text)).toMatchObject({ smscore: 1, brand: { name: 'Neuve' }, channels: [{ id: 'blog', platform: 'blog', role: 'Le journal.' }] });
  });
});

describe('untrusted texts in the questionnaire (issue 20, item 4)', () => {
  test('a pack\'s question, reason and example, and a typed answer, are shown through printable(): no control reaches the terminal', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'smscore-qn-'));
    const hostile = 'x\u001b]52;c;cHduZWQ=\u0007\u202e\n::error::pwned';
    writeFileSync(join(dir, 'pack.yaml'), [
      'questions:',
      '  - id: hostile-q',
      '    section: strategy',
      '    severity: critical',
      '    pillars: []',
      `    question: { en: ${JSON.stringify(hostile)}, fr: x }`,
      `    why: { en: ${JSON.stringify(hostile)}, fr: x }`,
      '    answer: { path: answers.hostile-q, kind: text, example: "answers:\\n  hostile-q: x # \\u202e\\n" }',
      '    sources: [x]',
      '    answeredWhen: { check: answer }',
      '',
    ].join('\n'));
    const packDeps = loadAuditDeps({ packs: [join(dir, 'pack.yaml')] });
    const { out, prompter } = await run(['typed\u001b[2J answer', true], { deps: packDeps, limit: 1, filter: { severity: 'critical', section: 'strategy' } });
    // The prompt's own message too (the library draws it): the question, escaped.
    expect(prompter.calls[0]!.message).toContain('x\\x1b]52;c;cHduZWQ=\\x07\\u202e⏎:\\x3aerror:\\x3apwned');
    expect(out).toContain('x\\x1b]52;c;cHduZWQ=\\x07\\u202e⏎:\\x3aerror:\\x3apwned');
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(out.split('\n').filter((l) => /^\s*::/.test(l))).toEqual([]);
  });
});

describe('a list answered in part (issue 23)', () => {
  const stages = '- stage: aware\n  actions: Vitrine filmée le matin.\n- stage: follower\n  actions: La fournée du jour chaque matin.\n- stage: customer\n  actions: Un merci en story.\n';

  test('the "still open" note says how far the list goes before the rule that would close it', async () => {
    const { out, prompter } = await run([{ choose: /editor/ }, stages, STOP, false], { filter: { section: 'customer', pillar: 'conversion', severity: 'major' }, limit: 1 });
    expect(prompter.calls[0]!.message).toMatch(/each stage of the user lifecycle/);
    expect(out).toContain('the audit still counts this question as open');
    expect(out).toContain('So far: 3 of 10 stages.');
  });

  test('in French', async () => {
    const { out } = await run([{ choose: /éditeur/ }, stages, STOP, false], { filter: { section: 'customer', pillar: 'conversion', severity: 'major' }, limit: 1, locale: 'fr' });
    expect(out).toContain('Pour l\'instant\u00a0: 3 étapes sur 10.');
  });
});
