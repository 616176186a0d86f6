/**
 * A copy of a string that keeps nothing else alive. V8 makes a substring of a long string a view into it: a brand's
 * name sliced out of its YAML file by the parser holds the whole text of that file. A streamed report that keeps a
 * few words of each file until the end (a table row, a name) copies them through here, or it would keep every
 * file's text after all.
 */
export function ownString(s: string): string {
  // JSON.parse builds a new string, and keeps every UTF-16 code unit (lone surrogates included).
  return JSON.parse(JSON.stringify(s)) as string;
}
