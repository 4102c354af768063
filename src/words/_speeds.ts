/**
 * Default reading speeds, with their sources.
 *
 * English: 238 words per minute, the mean silent reading rate of adults for
 * English non-fiction in Brysbaert, M. (2019). How many words do we read per
 * minute? A review and meta-analysis of reading rate. Journal of Memory and
 * Language, 109, 104047. https://doi.org/10.1016/j.jml.2019.104047
 *
 * Other languages: the mean rates of the International Reading Speed Texts
 * in Trauzettel-Klosinski, S., Dietz, K., & the IReST Study Group (2012).
 * Standardized assessment of reading performance: The new International
 * Reading Speed Texts IReST. Investigative Ophthalmology & Visual Science,
 * 53(9), 5452–5461. https://doi.org/10.1167/iovs.11-8284 (results table:
 * words per minute, and characters per minute for Chinese and Japanese).
 * IReST measured reading aloud of equivalent texts; we keep its ratios
 * between languages and scale them to silent reading by Brysbaert's English
 * figure: `rate = IReST(language) × 238 / IReST(English = 228)`. French, for
 * example, is 195 × 238 / 228 ≈ 204 words per minute.
 */

/** Brysbaert (2019): silent reading, English non-fiction, words per minute. */
export const ENGLISH_WPM = 238;

/** IReST (2012), English, words per minute (read aloud). */
const IREST_ENGLISH = 228;

/** IReST (2012) mean words per minute by language (read aloud). */
const IREST_WPM: Readonly<Record<string, number>> = {
  ar: 138, // Arabic
  de: 179, // German
  es: 218, // Spanish
  fi: 161, // Finnish
  fr: 195, // French
  he: 187, // Hebrew
  it: 188, // Italian
  nl: 202, // Dutch
  pl: 166, // Polish
  // IReST also measured Portuguese, Russian, Slovenian, Swedish and Turkish;
  // their figures are left out until checked against the paper's table, so
  // those languages use the English rate (override with `wordsPerMinute`).
};

/** IReST (2012) mean characters per minute (read aloud). */
const IREST_CPM_CHINESE = 255;
const IREST_CPM_JAPANESE = 357;

/**
 * Get the primary language subtag of a BCP 47 tag, in lower case.
 *
 * @param lang
 *   Tag (`"fr-CA"`).
 * @returns
 *   Primary subtag (`"fr"`).
 */
function _primary(lang: string): string {
  const dash = lang.indexOf("-");
  return (dash === -1 ? lang : lang.slice(0, dash)).toLowerCase();
}

/**
 * Default silent reading speed for a language, in words per minute.
 *
 * @param lang
 *   BCP 47 tag.
 * @returns
 *   Words per minute (English's 238 for a language IReST does not cover).
 */
export function _wordsPerMinute(lang: string): number {
  const irest = IREST_WPM[_primary(lang)];
  return irest === undefined ? ENGLISH_WPM : Math.round((irest * ENGLISH_WPM) / IREST_ENGLISH);
}

/**
 * Default silent reading speed of Han, Hiragana and Katakana, in characters
 * per minute: Japanese for `ja`, Chinese otherwise.
 *
 * @param lang
 *   BCP 47 tag.
 * @returns
 *   Characters per minute.
 */
export function _charactersPerMinute(lang: string): number {
  const irest = _primary(lang) === "ja" ? IREST_CPM_JAPANESE : IREST_CPM_CHINESE;
  return Math.round((irest * ENGLISH_WPM) / IREST_ENGLISH);
}
