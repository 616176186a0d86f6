/** The `date` and `uri` formats the generated validators use (src/validate/formats.cjs). */
import { describe, expect, test } from '@jest/globals';
import { createRequire } from 'node:module';

const { date, uri } = createRequire(import.meta.url)('../../src/validate/formats.cjs') as {
  date: (s: string) => boolean; uri: (s: string) => boolean;
};

describe('date', () => {
  test.each(['2026-01-01', '2026-12-31', '2024-02-29', '2000-02-29', '1999-04-30', '0001-01-01'])('accepts %s', (s) => {
    expect(date(s)).toBe(true);
  });
  test.each(['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-1', '26-01-01',
    '2026-01-01T00:00:00Z', ' 2026-01-01', '2026/01/01', '', '２０２６-01-01'])('refuses %j', (s) => {
    expect(date(s)).toBe(false);
  });
});

describe('uri', () => {
  test.each(['https://www.maison-lumiere.example', 'http://example.org/a?b=c#d', 'https://example.org:8080/path',
    'https://café.example/produits', 'mailto:contact@example.org', 'urn:isbn:0451450523', 'https://[::1]/'])('accepts %s', (s) => {
    expect(uri(s)).toBe(true);
  });
  test.each(['www.example.org', 'example.org/page', '/relative/path', 'https://', 'http://exa mple.org',
    'https://example.org/a b', 'not a url', '', 'https://example.org/\n', 'ht tp://x', '1http://x', 'https:///nohost'])('refuses %j', (s) => {
    expect(uri(s)).toBe(false);
  });
});
