/** The gap list and readiness on real files: locations, order, per-channel gaps, weights, pillars. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { PILLARS } from '../../src/model/brand.js';
import { assess, buildCatalog, findGaps, parsePack, readiness, evaluate, SEVERITIES } from '../../src/questions/index.js';
import { brandErrors, fromText, ROOT, shippedCatalog } from './helpers.js';

const fixture = (name: string): string => readFileSync(join(ROOT, 'test', 'fixtures', 'questions', name), 'utf8');
const catalog = shippedCatalog();

describe('a brand file that answers everything', () => {
  const input = fromText(fixture('complete.yaml'), { measuredPillars: [...PILLARS] }, 'complete.yaml');

  test('is a valid brand file', () => {
    expect(brandErrors(input.brand)).toBeNull();
  });

  test('has no gap and is 100 % ready, overall, per section and per pillar', () => {
    const { gaps, readiness: r } = assess(input, catalog);
    expect(gaps.map((g) => `${g.questionId} ${g.path.join('.')}`)).toEqual([]);
    expect(r.overall).toBe(100);
    expect(r.answered).toBe(r.total);
    for (const s of catalog.sections) expect(r.bySection[s.id]?.score).toBe(100);
    for (const p of PILLARS) expect(r.byPillar[p]?.score).toBe(100);
  });

  test('an unmeasured pillar is itself a gap', () => {
    const gaps = findGaps({ ...input, measuredPillars: undefined, unmeasuredPillars: ['satisfaction'] }, catalog);
    expect(gaps.map((g) => g.questionId)).toEqual(['pillar-satisfaction-measured']);
  });

  test('without a report from the scoring engine, pillar questions do not apply', () => {
    const results = evaluate({ brand: input.brand, source: input.source }, catalog);
    const pillarResults = results.filter((r) => r.question.answeredWhen.check === 'pillarMeasured');
    expect(pillarResults).toHaveLength(5);
    expect(pillarResults.flatMap((r) => r.instances.map((i) => i.status))).toEqual(['na', 'na', 'na', 'na', 'na']);
  });
});

describe('a partial brand file', () => {
  const input = fromText(fixture('partial.yaml'), {}, 'partial.yaml');
  const gaps = findGaps(input, catalog);
  const find = (id: string) => gaps.filter((g) => g.questionId === id);

  test('a missing field is located at its nearest existing parent', () => {
    // strategy.threats is missing: point at the `strategy:` key (line 4).
    expect(find('strategy-threats')[0]).toMatchObject({ path: ['strategy', 'threats'], location: { file: 'partial.yaml', line: 4, col: 1 } });
    // audience is missing entirely: point at the top of the file.
    expect(find('customer-needs')[0]?.location).toMatchObject({ line: 1, col: 1 });
  });

  test('channel questions give one gap per channel that misses the answer, located at that channel', () => {
    expect(find('channel-role').map((g) => [g.channelId, g.location.line])).toEqual([['fb', 10]]);
    expect(find('channel-why').map((g) => [g.channelId, g.item?.index, g.location.line, g.path])).toEqual([
      ['insta', 0, 7, ['channels', 0, 'why']],
      ['fb', 1, 10, ['channels', 1, 'why']],
    ]);
  });

  test('coherence: an objective with a KPI but no target is a gap at that KPI', () => {
    expect(find('objective-kpis')[0]).toMatchObject({ item: { list: 'objectives', index: 0, id: 'awareness' }, path: ['objectives', 0, 'kpis', 0, 'target'] });
    expect(find('objective-kpis')[0]?.location).toMatchObject({ line: 15, col: 9 });
  });

  test('gaps are ordered by severity, then section, then catalog order, then item order', () => {
    const sev = gaps.map((g) => SEVERITIES.indexOf(g.severity));
    expect([...sev].sort((a, b) => a - b)).toEqual(sev);
    const sectionRank = new Map(catalog.sections.map((s, i) => [s.id, i]));
    for (let i = 1; i < gaps.length; i++) {
      const [a, b] = [gaps[i - 1]!, gaps[i]!];
      if (a.severity === b.severity) expect(sectionRank.get(a.section)!).toBeLessThanOrEqual(sectionRank.get(b.section)!);
    }
    expect(gaps[0]?.severity).toBe('critical');
  });

  test('what is answered is not a gap', () => {
    expect(find('presence-rationale')).toEqual([]);
    expect(find('channels-declared')).toEqual([]);
  });
});

describe('readiness arithmetic', () => {
  const pack = `
sections:
  - { id: s1, order: 1, title: { en: One, fr: Un } }
  - { id: s2, order: 2, title: { en: Two, fr: Deux } }
questions:
${[
  ['crit', 's1', 'critical', '[visibility]', 'a'],
  ['maj', 's1', 'major', '[visibility, conversion]', 'b'],
  ['min', 's2', 'minor', '[]', 'c'],
].map(([id, s, sev, p, path]) => `  - id: ${id}
    section: ${s}
    severity: ${sev}
    pillars: ${p}
    question: { en: q, fr: q }
    why: { en: w, fr: w }
    answer: { path: ${path}, kind: text, example: "${path}: x" }
    sources: [t]
    answeredWhen: { check: text, path: ${path} }`).join('\n')}
  - id: per-channel
    section: s2
    severity: major
    pillars: [engagement]
    each: channels
    question: { en: q, fr: q }
    why: { en: w, fr: w }
    answer: { path: role, kind: text, example: "channels: [{ id: c, platform: x, role: r }]" }
    sources: [t]
    answeredWhen: { check: text, path: role }
  - id: never-applies
    section: s2
    severity: critical
    pillars: [satisfaction]
    question: { en: q, fr: q }
    why: { en: w, fr: w }
    answer: { path: z, kind: structured, example: "z: 1" }
    sources: [t]
    kind: coherence
    answeredWhen: { check: subsetOf, path: nothing, of: channels.*.platform }
`;
  const small = buildCatalog([parsePack('small.yaml', pack)]);
  const text = 'smscore: 1\nbrand: { name: B }\na: yes\nc: yes\nchannels:\n  - { id: one, platform: x, role: r }\n  - { id: two, platform: x }\n';
  const r = readiness(evaluate(fromText(text), small), small);

  test('weights: critical 3, major 2, minor 1; a per-channel question counts once, as its share of channels', () => {
    // crit 3/3 + maj 0/2 + min 1/1 + per-channel 2 x 1/2 = 5 of 8
    expect(r.overall).toBe(Math.floor((5 / 8) * 100));
    expect(r).toMatchObject({ answered: 2, total: 4 });
  });

  test('per section and per pillar', () => {
    expect(r.bySection.s1).toEqual({ answered: 1, total: 2, score: 60 });
    expect(r.bySection.s2).toEqual({ answered: 1, total: 2, score: 66 });
    expect(r.byPillar.visibility).toEqual({ answered: 1, total: 2, score: 60 });
    expect(r.byPillar.conversion).toEqual({ answered: 0, total: 1, score: 0 });
    expect(r.byPillar.engagement).toEqual({ answered: 0, total: 1, score: 50 });
  });

  test('a question that does not apply counts for nothing, and a pillar with no question is null', () => {
    expect(r.byPillar.satisfaction).toBeNull();
    expect(r.byPillar.amplification).toBeNull();
  });
});
