import { _foldCode, _lexicon } from "./_fold.js";

/** How much of a page is read to detect its language. */
const SAMPLE = 100_000;

/**
 * Detect a page's language by counting frequent short words of each
 * vocabulary in the first 100 000 characters.
 *
 * @param text
 *   Normalised page text.
 * @returns
 *   The language with the most hits (`"en"` on a tie or with none).
 */
export function _detectLang(text: string): string {
  const { stopwords } = _lexicon();
  const counts = new Map<string, number>();
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
      const lang = stopwords.get(word);
      if (lang !== undefined) counts.set(lang, (counts.get(lang) ?? 0) + 1);
      word = "";
    }
  }
  let best = "en";
  let bestCount = 0;
  for (const [lang, count] of counts) {
    if (count > bestCount || (count === bestCount && lang === "en")) {
      best = lang;
      bestCount = count;
    }
  }
  return best;
}
