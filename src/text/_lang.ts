import { _foldCode, _lexicon } from "./_fold.js";
import { TEXT_LANGUAGES } from "./vocabulary.js";

/** How much of a page is read to detect its language. */
const SAMPLE = 100_000;

/**
 * Count, for each language, the words of a text that are among its
 * stopwords (a word shared by two languages, like "de", counts for both).
 *
 * @param text
 *   Normalised page text.
 * @returns
 *   Hits by language, for every language with a vocabulary.
 */
export function _stopwordCounts(text: string): Map<string, number> {
  const { stopwordLangs } = _lexicon();
  const counts = new Map<string, number>();
  for (const lang of TEXT_LANGUAGES) counts.set(lang, 0);
  const end = Math.min(text.length, SAMPLE);
  let word = "";
  for (let index = 0; index <= end; index++) {
    const char = index < end ? _foldCode(text.charCodeAt(index)) : " ";
    const code = char.charCodeAt(0);
    const letter =
      (code >= 0x61 && code <= 0x7a) ||
      char === "'" ||
      (code >= 0xc0 && code < 0x2000 && char !== " ");
    if (letter) {
      if (word.length < 12) word += char;
      continue;
    }
    if (word !== "") {
      const langs = stopwordLangs.get(word);
      if (langs !== undefined) {
        for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1);
      }
      word = "";
    }
  }
  return counts;
}

/**
 * Detect a page's language by counting frequent short words of each
 * vocabulary (French, English, German, Spanish) in the first 100 000
 * characters; a word two languages share counts for both, so the words
 * only one of them has decide.
 *
 * @param text
 *   Normalised page text.
 * @returns
 *   The language with the most hits (`"en"` on a tie with it or with no
 *   hit; otherwise the first of `TEXT_LANGUAGES` among the tied).
 */
export function _detectLang(text: string): string {
  let best = "en";
  let bestCount = 0;
  for (const [lang, count] of _stopwordCounts(text)) {
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    } else if (count === bestCount && lang === "en") best = lang;
  }
  return best;
}
