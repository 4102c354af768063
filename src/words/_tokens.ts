/**
 * `tokens: "as-one"`: URLs, e-mail addresses, hashtags and mentions count
 * as one word each.
 */
import { _classTable, CJ, CONNECTOR, HANGUL, HEBREW, LETTER, NUMERIC, SPACE } from "./_classes.js";
import { _countRange } from "./_count.js";

// Punctuation that may open a piece before a token: ( [ { < « “ ‘ " ' ¿ ¡.
const OPENING = "([{<\u00ab\u201c\u2018\"'\u00bf\u00a1";

/**
 * Whether the piece of text `text[start, end)` (no white space in it) is a
 * URL, an e-mail address, a hashtag or a mention.
 *
 * @param text
 *   Text.
 * @param start
 *   Start of the piece.
 * @param end
 *   End of the piece.
 * @returns
 *   `true` for a token.
 */
function _isToken(text: string, start: number, end: number): boolean {
  let index = start;
  while (index < end && OPENING.includes(text.charAt(index))) index++;
  if (index >= end) return false;
  const first = text.charCodeAt(index);
  // #hashtag, @mention: a sign, then a letter, digit or underscore.
  if (first === 0x23 || first === 0x40) {
    const cls = _classTable()[text.charCodeAt(index + 1)] as number;
    return (
      index + 1 < end &&
      (cls === LETTER ||
        cls === HEBREW ||
        cls === HANGUL ||
        cls === NUMERIC ||
        cls === CONNECTOR ||
        cls === CJ)
    );
  }
  const head = text.slice(index, index + 8).toLowerCase();
  if (
    head.startsWith("http://") ||
    head.startsWith("https://") ||
    head.startsWith("ftp://") ||
    head.startsWith("www.") ||
    head.startsWith("mailto:")
  ) {
    return end - index > head.indexOf(head.startsWith("www.") ? "." : ":") + 3;
  }
  // name@domain.tld: an at sign after the first character, a dot after it
  // with something on both sides.
  const at = text.indexOf("@", index + 1);
  if (at === -1 || at >= end - 1) return false;
  const dot = text.indexOf(".", at + 2);
  return dot !== -1 && dot < end - 1 && text.charCodeAt(dot + 1) > 0x20;
}

/**
 * Count words, each token (URL, e-mail, hashtag, mention) as one.
 *
 * @param text
 *   Text.
 * @param locale
 *   Locale for the segmenter.
 * @param cjOnly
 *   Count only CJ letters (tokens are never CJ words).
 * @returns
 *   Number of words.
 */
export function _countWithTokens(text: string, locale: string, cjOnly: boolean): number {
  let count = 0;
  const classes = _classTable();
  const length = text.length;
  // Start of the text not counted yet: always a safe point (a piece start).
  let pending = 0;
  let index = 0;
  while (index < length) {
    while (index < length && classes[text.charCodeAt(index)] === SPACE) index++;
    const start = index;
    while (index < length && classes[text.charCodeAt(index)] !== SPACE) index++;
    if (start < index && _isToken(text, start, index)) {
      count += _countRange(text, pending, start, locale, cjOnly);
      if (!cjOnly) count++;
      pending = index;
    }
  }
  return count + _countRange(text, pending, length, locale, cjOnly);
}
