// Strings of their own. V8 keeps a whole string alive for any slice of it
// that lives on (a string cut by `slice`, `substring` or `trim` from a
// longer one may point into it): a parser's chunk, a page's source. What is
// kept past the call that read it is copied here first.

/**
 * A copy of a string that does not hold on to the text it was cut from.
 * saxes hands out slices of the chunk it is given, and DOM libraries may
 * hand out attribute values that are slices of the page's source: a
 * comment's author name would keep 256 KB of XML in memory, a cached class
 * name a whole page.
 *
 * @param value
 *   A string that may be a slice of a larger one.
 * @returns
 *   The same text, in a string of its own.
 */
export function _detach(value: string): string {
  // V8 copies short strings; a longer one is flattened by the slice of a concatenation.
  return value.length < 13 ? value : ` ${value}`.slice(1);
}
