'use strict';
/*
 * The two string formats the schemas use, `date` and `uri`, for the validators generated at build time
 * (scripts/build-validators.mjs). Plain CommonJS because the generated code require()s it.
 *
 * Why not ajv-formats at run time: loading it compiles dozens of patterns the schemas never use, and its URI
 * pattern alone costs more than the whole brand validator on a cold start. These two checks are small.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A calendar date, YYYY-MM-DD (RFC 3339 full-date): a real day of a real month, 29 February in leap years. */
function date(text) {
  const m = DATE.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS[month]);
}

/** A scheme, then no spaces or control characters: a rough but readable test before the real parser. */
// eslint-disable-next-line no-control-regex
const URI_SHAPE = /^[a-z][a-z0-9+.-]*:[^\s\x00-\x1f\x7f<>"{}|\\^`]+$/i;

/**
 * An absolute URI, as WHATWG's URL parser (the one browsers use) reads it: a scheme, and for web addresses
 * a host. Internationalised domains (https://café.example) are accepted, as browsers accept them.
 */
function uri(text) {
  if (!URI_SHAPE.test(text)) return false;
  let url;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  // WHATWG repairs `https:/x` and `https:///x` into `https://x/`; a web address must name its host itself.
  if (url.protocol === 'http:' || url.protocol === 'https:') return /^https?:\/\/[^/?#]/i.test(text) && url.hostname !== '';
  return true;
}

module.exports = { date, uri };
