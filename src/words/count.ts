import { _expectString, _oneOf } from "../_args.js";
import { _checkOptions, _locale } from "./_check.js";
import { _countRange } from "./_count.js";
import { _countWithTokens } from "./_tokens.js";

/** Options of {@link countWords}. */
export interface CountWordsOptions {
  /**
   * Locale given to `Intl.Segmenter` for the scripts it segments (Thai,
   * Lao, Khmer, Myanmar and any script the fast path does not know)
   * (default: the runtime's default locale).
   */
  locale?: string;
  /**
   * How to count URLs, e-mail addresses, `#hashtags` and `@mentions`:
   * `"split"` counts their words as `Intl.Segmenter` finds them
   * (`https://twitter.com/YourAnonNews` is 3 words), `"as-one"` counts each
   * as one word (default: `"split"`).
   */
  tokens?: "as-one" | "split";
}

/**
 * Count the words of a text, exactly as `Intl.Segmenter` finds them for
 * scripts written with spaces (`l’atrocité` is one word, `c’est-à-dire`
 * three, `98 %` one, an emoji none), with each Han, Hiragana and Katakana
 * character counted as one word, as word processors do.
 *
 * @param text
 *   Text to count.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Number of words.
 */
export function countWords(text: string, options?: CountWordsOptions): number {
  return _countWords(text, options, "countWords", false);
}

/**
 * Count words as {@link countWords} does, or only the CJ letters among them
 * (reading times read those by the character).
 *
 * @param text
 *   Text to count.
 * @param options
 *   Options of `countWords`.
 * @param fn
 *   Name of the public function, for error messages.
 * @param cjOnly
 *   Count only Han, Hiragana and Katakana letters.
 * @returns
 *   Number of words.
 */
export function _countWords(text: unknown, options: unknown, fn: string, cjOnly: boolean): number {
  _expectString(text, "text", fn);
  const checked = _checkOptions(options, fn, ["locale", "tokens"]);
  const locale = _locale(checked, fn);
  const tokens = _oneOf(checked, "tokens", ["split", "as-one"], "split", "countWords");
  return tokens === "as-one"
    ? _countWithTokens(text, locale, cjOnly)
    : _countRange(text, 0, text.length, locale, cjOnly);
}
