import { describe, expect, test } from '@jest/globals';
import { editDistance, suggest } from '../../src/util/suggest.js';

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
});
