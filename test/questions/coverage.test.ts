/**
 * The catalog covers every question the five source articles ask or clearly imply. Each theme maps to the
 * question ids that answer it; docs/CATALOG.md shows the same table (checked row by row).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { ROOT, shippedCatalog } from './helpers.js';

export const COVERAGE: [theme: string, source: string, ids: string[]][] = [
  ['Strategy checklist: opportunity, threat, success factors, good practices', 'Gérer les réseaux sociaux', ['strategy-opportunities', 'strategy-threats', 'success-factors', 'good-practices']],
  ['Positioning → marketing plan → media plan', 'Gérer les réseaux sociaux', ['brand-positioning', 'marketing-plan-integration', 'media-plan']],
  ['Present only because "you have to be there"', 'Gérer les réseaux sociaux', ['presence-rationale']],
  ['Goals: branding vs selling, ranked, mixed', 'Gérer les réseaux sociaux', ['objectives-defined', 'objective-domain', 'objective-priorities']],
  ['Resources: department, people, outsourcing, budget, arbitration', 'Gérer les réseaux sociaux', ['department-in-charge', 'team-size', 'outsourcing', 'budget-amount', 'budget-arbitration']],
  ['Performance tracking: who measures, with what tools, from what threshold it pays', 'Gérer les réseaux sociaux', ['measurement-owner', 'roi-approach']],
  ['Listen: monitoring, media, criteria, thresholds, competitors', 'Gérer les réseaux sociaux', ['listening-setup', 'listening-criteria', 'listening-alerts', 'competitors-watched', 'competitor-reputation']],
  ['Participate: message per channel, coherence, proofs, periods, content, classic media', 'Gérer les réseaux sociaux', ['core-message', 'message-coherence', 'message-proofs', 'speaking-periods', 'content-formats', 'traditional-media']],
  ['Create the community: basis, time frame, animation and resources, future usages', 'Gérer les réseaux sociaux', ['community-basis', 'community-timeline', 'community-animation', 'future-usages']],
  ["Do's and don'ts: content, interfaces, articulation of channels, new channels", 'Gérer les réseaux sociaux', ['dos-and-donts', 'channel-articulation', 'future-usages']],
  ['Put the customer first', 'Médias sociaux et communautés sur Internet', ['customer-needs', 'personas-defined', 'proactive-dialogue']],
  ['Active listening that leads to action', 'Médias sociaux et communautés sur Internet', ['listening-cadence', 'listening-alerts', 'alert-action']],
  ['Measure; align indicators on objectives, not the reverse; the five pillars', 'Médias sociaux et communautés sur Internet', [
    'objective-kpis', 'metrics-aligned-on-objectives', 'channel-objectives', 'pillar-visibility-measured', 'pillar-amplification-measured',
    'pillar-conversion-measured', 'pillar-engagement-measured', 'pillar-satisfaction-measured']],
  ['Integrate digital into business processes (social CRM)', 'Médias sociaux et communautés sur Internet', ['customer-service-link', 'crm-link', 'sales-link', 'product-link', 'objective-owner']],
  ['"Why am I going to publish this?"', 'Pourquoi vais-je publier ceci dans mes réseaux sociaux\u202f?', ['publishing-purpose']],
  ['The ten-stage user lifecycle', 'Pourquoi vais-je publier ceci dans mes réseaux sociaux\u202f?', ['user-lifecycle', 'after-purchase-stages', 'ambassadors']],
  ['Four questions per network: which, what function, what to do, how to run and control it', 'Pourquoi vais-je publier ceci dans mes réseaux sociaux\u202f?', [
    'channels-declared', 'channel-role', 'channel-why', 'channel-editorial-line', 'channel-owner', 'channel-measured']],
  ['Why build a community at all', 'Stratégie de community management en 2011, partie 1', ['community-purpose']],
  ['Long-term commitment', 'Stratégie de community management en 2011, partie 1', ['long-term-commitment']],
  ['Go where your customers already are', 'Stratégie de community management en 2011, partie 1', ['customer-platforms', 'presence-where-customers-are']],
  ['Match channels to the target population', 'Stratégie de community management en 2011, partie 1', ['target-population', 'channel-audience', 'channel-audience-fit']],
  ['Do not over-invest in one platform', 'Stratégie de community management en 2011, partie 1', ['platform-concentration']],
  ['Physical actions that feed online communities', 'Stratégie de community management en 2011, partie 1', ['offline-actions', 'offline-leads-online']],
  ['Choose relevant networks within a budget', 'La communication sur les réseaux sociaux', ['channels-declared', 'budget-arbitration']],
  ['Co-construction with customers', 'La communication sur les réseaux sociaux', ['co-construction', 'product-link']],
  ['Accept the loss of control over the message', 'La communication sur les réseaux sociaux', ['loss-of-control']],
  ['Fans who moderate and defend the brand', 'La communication sur les réseaux sociaux', ['fans-moderate']],
  ['Show a return on investment', 'La communication sur les réseaux sociaux', ['roi-approach']],
  ['Recruit the first fans (the contest)', 'La communication sur les réseaux sociaux', ['fan-recruitment']],  ['What users expect of the brand\'s responsiveness, and the delay it commits to', 'Médias sociaux et communautés sur Internet', ['responsiveness-commitment']],
  ['Tools that fit the approach: listening, dialogue, community', 'Médias sociaux et communautés sur Internet', ['tools-fit']],
  ['One coherent plan across departments', 'Médias sociaux et communautés sur Internet', ['shared-plan']],
  ['Trust before the invitation to buy', 'Pourquoi vais-je publier ceci dans mes réseaux sociaux\u202f?', ['trust-before-sale']],
  ['The prospect\'s research before a considered purchase; the facts on the brand\'s site', 'Stratégie de community management en 2011, partie 1', ['prospect-research']],
  ['Moderate the community; turn occasional visitors into regular members', 'Stratégie de community management en 2011, partie 1', ['moderation-rules', 'regular-members']],
  ['Social features in the brand\'s own site and web systems', 'La communication sur les réseaux sociaux', ['website-social-features']],
  ['Participate: how the brand takes part in conversations; proof points per channel', 'Gérer les réseaux sociaux', ['participation-approach', 'proof-points-by-channel']],
];

/** The Markdown row docs/CATALOG.md must contain for a theme. */
export const coverageRow = ([theme, source, ids]: (typeof COVERAGE)[number]): string =>
  `| ${theme} | ${source} | ${ids.map((id) => `\`${id}\``).join(', ')} |`;

const catalog = shippedCatalog();
const ids = new Set(catalog.questions.map((q) => q.id));

test('every theme of the articles maps to existing questions', () => {
  expect(COVERAGE.flatMap(([, , qs]) => qs).filter((id) => !ids.has(id))).toEqual([]);
});

test('every question listed for a theme cites that theme\'s article', () => {
  const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');
  const uncited = COVERAGE.flatMap(([, source, qs]) => qs
    .filter((id) => !catalog.questions.find((q) => q.id === id)?.sources.some((s) => plain(s.article).startsWith(plain(source))))
    .map((id) => `${id} ← ${source}`));
  expect(uncited).toEqual([]);
});

test('every question answers at least one theme', () => {
  const covered = new Set(COVERAGE.flatMap(([, , qs]) => qs));
  expect([...ids].filter((id) => !covered.has(id))).toEqual([]);
});

test('docs/CATALOG.md shows the coverage table', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'CATALOG.md'), 'utf8');
  const missing = COVERAGE.map(coverageRow).filter((row) => !doc.includes(row));
  expect(missing).toEqual([]);
});
