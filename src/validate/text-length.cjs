'use strict';
/*
 * A string's length as JSON Schema counts it (code points), for the `minLength` and `maxLength` checks of the
 * validators generated at build time (scripts/build-validators.mjs puts it in place of ajv's own helper).
 *
 * Why: ajv's helper walks every string one character at a time in JavaScript, and a brand file's texts
 * (descriptions, answers) run to tens of thousands of characters; during a run's first files, before V8 has
 * optimised that loop, it was about 4 % of an audit. A text without surrogates, which is nearly every text,
 * has as many code points as UTF-16 units: a native regular-expression scan says so, and only the rare text
 * with a surrogate is counted by ajv's helper, so every answer is ajv's own.
 */

const ucs2length = require('ajv/dist/runtime/ucs2length').default;

const SURROGATE = /[\ud800-\udfff]/;

function codePointLength(text) {
  return SURROGATE.test(text) ? ucs2length(text) : text.length;
}

module.exports = { codePointLength };
