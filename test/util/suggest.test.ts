import { describe, expect, test } from '@jest/globals';
import { editDistance, suggest, suggestValue } from '../../src/util/suggest.js';
import { ENUM_SYNONYMS } from '../../src/validate/enum-synonyms.js';

describe('suggest', () => {
  test('edit distance counts insertions, deletions and substitutions', () => {
    expect(editDistance('folowers', 'followers')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });

  test('proposes the closest candidate for a likely typo', () => {
    expect(suggest('folowers', ['followers', 'posts', 'reach'])).toBe('followers');
    expect(suggest('Instagram', ['instagram', 'facebook'])).toBe('instagram');
    expect(suggest('linkdin', ['linkedin', 'tiktok'])).toBe('linkedin');
  });

  test('stays silent when nothing is close', () => {
    expect(suggest('budget', ['followers', 'posts', 'reach'])).toBeUndefined();
  });

  describe('suggestValue (a value outside a fixed list)', () => {
    const domains = ['branding', 'selling', 'customer-relationship', 'community'];
    const platforms = ['facebook', 'instagram', 'x', 'youtube', 'google-business-profile'];

    test('a known synonym, which edit distance alone misses', () => {
      expect(suggest('sales', domains)).toBeUndefined();
      expect(suggestValue('sales', domains, ENUM_SYNONYMS)).toBe('selling');
      expect(suggestValue('Twitter', platforms, ENUM_SYNONYMS)).toBe('x');
      expect(suggestValue('customer service', domains, ENUM_SYNONYMS)).toBe('customer-relationship');
    });

    test('an English or French label of a value, as a French user writes it (issue 22, raw English ids)', () => {
      const sectors = ['health-beauty', 'local-business', 'retail', 'other'];
      expect(suggestValue('Santé et beauté', sectors, ENUM_SYNONYMS)).toBe('health-beauty');
      expect(suggestValue('commerce de proximite', sectors, ENUM_SYNONYMS)).toBe('local-business');
      expect(suggestValue('Health and beauty', sectors, ENUM_SYNONYMS)).toBe('health-beauty');
      expect(suggestValue('hebdomadaire', ['real-time', 'daily', 'weekly', 'monthly'], ENUM_SYNONYMS)).toBe('weekly');
      expect(suggestValue('Relation client', domains, ENUM_SYNONYMS)).toBe('customer-relationship');
    });

    test('a synonym is proposed only where its value is allowed', () => {
      expect(suggestValue('sales', platforms, ENUM_SYNONYMS)).toBeUndefined();
    });

    test('the one allowed value the input begins', () => {
      expect(suggest('insta', platforms)).toBeUndefined();
      expect(suggestValue('insta', platforms)).toBe('instagram');
      expect(suggestValue('google', platforms)).toBe('google-business-profile');
    });

    test('a typo, a different case, and silence when nothing fits', () => {
      expect(suggestValue('fashon', ['fashion', 'media'])).toBe('fashion');
      expect(suggestValue('Instagram', platforms)).toBe('instagram');
      expect(suggestValue('budget', platforms, ENUM_SYNONYMS)).toBeUndefined();
    });
  });
});
