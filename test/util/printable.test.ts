import { describe, expect, test } from '@jest/globals';
import { cell, code } from '../../src/render/markdown.js';
import { jsonSafe, printable } from '../../src/util/printable.js';

describe('printable(): untrusted text shown, never obeyed', () => {
  test('controls, DEL, C1, bidi overrides and isolates are shown as escapes; tab as \\t', () => {
    expect(printable('a\u001b[2Jb\u0007c\u007f\u009b\u202e\u2066\td')).toBe('a\\x1b[2Jb\\x07c\\x7f\\x9b\\u202e\\u2066\\td');
  });

  test('every kind of line break is one ⏎, and `::` can never begin a workflow command', () => {
    expect(printable('a\r\nb\nc\rd\u2028e\u2029f\u0085g')).toBe('a⏎b⏎c⏎d⏎e⏎f⏎g');
    expect(printable('::error file=x::pwned')).toBe(':\\x3aerror file=x:\\x3apwned');
    expect(printable(':::')).not.toContain('::');
  });

  test('printable text is left as it is: accents, emoji, right-to-left scripts, a lone colon', () => {
    for (const s of ['Café Ondine', 'مقهى الزاوية 🥐', 'Ratio: 3:2', 'C:\\Users\\x']) expect(printable(s)).toBe(s);
  });
});

describe('Markdown escaping', () => {
  test('cell(): no HTML, no link, no new row, no new block', () => {
    expect(cell('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(cell('a | b\n# c')).toBe('a \\| b⏎# c');
    expect(cell('[x](https://e) ![i](https://e/p.png)')).toBe('\\[x\\](https://e) !\\[i\\](https://e/p.png)');
    for (const lead of ['# h', '> q', '- i', '+ i', '* i', '1. i', '2) i', '~~~', '===']) expect(cell(lead)).toMatch(/^(\\|\d+\\|&gt;)/);
    expect(cell('`code`')).toBe('ʼcodeʼ');
    expect(cell('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;');
  });

  test('code(): only what ends the span or the row changes', () => {
    expect(code('a<b>`c`|d\ne')).toBe('a<b>ʼcʼ\\|d⏎e');
  });
});

describe('jsonSafe(): the same JSON, without raw C1 or bidi characters', () => {
  test('reads back to the same value', () => {
    const value = { s: 'a\u009b\u202e\u2028\u007fb' };
    const text = jsonSafe(JSON.stringify(value));
    expect(text).not.toMatch(/[\u007f-\u009f\u2028\u202e]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
