/** The English detector of french-output.e2e.test.ts (test/support/english.ts): it must flag English and pass data. */
import { describe, expect, test } from '@jest/globals';
import { annotationText, englishLines, englishWords, jsonStrings, markupText, withoutTexts } from '../support/english.js';

describe('the English detector', () => {
  test.each([
    'not measured',
    'Answer in: channels[3].role',
    'smscore: cannot tell the format of "x.docx" from its extension; give it with --format before --output',
    '(run with --help for usage)',
    'fail when the readiness is below this',
    'examples/a.yaml: not audited, the file has 2 errors',
  ])('flags %j', (line) => {
    expect(englishWords(line)).toBeDefined();
  });

  test.each([
    'Maturité\u00a0: 92 % des «\u00a0bonnes questions\u00a0» répondues, pondéré par la gravité',
    'erreur\u00a0: option inconnue «\u00a0--formt\u00a0» (Vouliez-vous dire --format\u202f?)',
    '  channel-role (canal youtube)  examples/maison-lumiere.yaml:508:5',
    '→ répondre dans\u00a0: channels[3].role',
    'clés permises ici\u00a0: followers, posts, reach, medianPostReach, comments, shares, saves, postsWith, clicks',
    '$ smscore audit brand.yaml --format json > report.json',
    'Voir `smscore validate --help` et https://example.com/the/docs/for/this',
    'Le but de la marque\u00a0: un plan par an, son budget et sa source.',
  ])('passes %j', (line) => {
    expect(englishWords(line)).toBeUndefined();
  });

  test('the data of the input is not language, even a sentence, even wrapped by the terminal', () => {
    const data = ['Our buyers look for decoration ideas here, in pictures.'];
    expect(englishLines('pourquoi : Our buyers look for decoration ideas here, in pictures.', data)).toEqual([]);
    const wrapped = 'raison : Our buyers look for decoration\n  ideas here, in pictures. Fin.';
    expect(withoutTexts(wrapped, data)).toEqual({ text: expect.stringMatching(/^raison : \s+\n\s+ Fin\.$/), found: true });
    expect(englishLines('why: Our buyers look for ideas here, for sure')).toHaveLength(1);
  });

  test('JSON, markup and annotations are read as people read them', () => {
    expect(jsonStrings('{"a": ["the file is not valid"], "args": {"detail": "Tabs are not allowed"}}')).toBe('the file is not valid');
    expect(markupText('<p title="not measured">x &amp; <b>y</b></p><style>.the-and{}</style>').split('\n').filter((l) => l.trim())).toEqual(['x & ', 'y', 'not measured']);
    expect(annotationText('::warning file=a.yaml,line=3,title=not measured::the file is%0Anot valid')).toBe('not measured\nthe file is\nnot valid');
  });
});
