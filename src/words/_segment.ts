/**
 * The segmenter side of the word counter: `Intl.Segmenter` on short
 * stretches of text, with the CJ rule applied to its segments.
 */

/** Longest stretch handed to `Intl.Segmenter` at once (it is super-linear). */
export const WINDOW = 2048;
/** Segments ending this close to a window's end are counted with the next window. */
const MARGIN = 256;

const segmenters = /* @__PURE__ */ new Map<string, Intl.Segmenter>();

/**
 * Get a word segmenter for a locale, built on first use.
 *
 * @param locale
 *   BCP 47 tag, or `""` for the runtime's default.
 * @returns
 *   The segmenter.
 */
export function _segmenter(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale === "" ? undefined : locale, { granularity: "word" });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

// Han, Hiragana and Katakana letters (by script extensions: `ー` is both
// Hiragana and Katakana).
const CJ_LETTER = /[[\p{scx=Han}\p{scx=Hira}\p{scx=Kana}]&&[\p{L}\p{Nl}]]/gv;

/**
 * Count one word-like segment: one word, or one per CJ letter when it has
 * some.
 *
 * @param segment
 *   A segment `Intl.Segmenter` calls word-like.
 * @param cjOnly
 *   Count only CJ letters.
 * @returns
 *   Its count.
 */
function _segmentWords(segment: string, cjOnly: boolean): number {
  let cj = 0;
  // CJ letters are all at U+2E80 or above (or astral): skip the regex on
  // segments without such code units.
  let high = false;
  for (let index = 0; index < segment.length && !high; index++) {
    high = segment.charCodeAt(index) >= 0x2e80;
  }
  if (high) {
    CJ_LETTER.lastIndex = 0;
    while (CJ_LETTER.exec(segment) !== null) cj++;
  }
  return cj > 0 || cjOnly ? cj : 1;
}

/**
 * Count the words of `text[start, end)` with `Intl.Segmenter`, never giving
 * it more than {@link WINDOW} code units: a longer stretch is read window by
 * window, each starting at a boundary the previous one found well before
 * its end.
 *
 * @param text
 *   Text.
 * @param start
 *   Start of the stretch, a boundary.
 * @param end
 *   End of the stretch, a boundary.
 * @param locale
 *   Locale for the segmenter (`""`: the runtime's default).
 * @param cjOnly
 *   Count only CJ letters.
 * @returns
 *   Number of words.
 */
export function _segmentCount(
  text: string,
  start: number,
  end: number,
  locale: string,
  cjOnly: boolean,
): number {
  let count = 0;
  const segmenter = _segmenter(locale);
  let position = start;
  // After a cut inside one huge segment, the next window's first segment
  // is the rest of it, already counted.
  let continuation = false;
  while (position < end) {
    let windowEnd = Math.min(end, position + WINDOW);
    const last = windowEnd === end;
    if (!last && _isHigh(text.charCodeAt(windowEnd - 1))) windowEnd--;
    const piece = text.slice(position, windowEnd);
    const limit = last ? piece.length : piece.length - MARGIN;
    let committed = 0;
    let committedCount = 0;
    // A boundary right after a space or punctuation restarts the dictionary
    // engines (Thai, Lao...) the way the whole text would: prefer it.
    let preferred = 0;
    let preferredCount = 0;
    let windowCount = 0;
    let huge = false;
    for (const { segment, index, isWordLike } of segmenter.segment(piece)) {
      const segmentEnd = index + segment.length;
      if (!last && segmentEnd > limit) {
        // The first segment reaches past the limit: it is longer than the
        // window allows. Count it once and cut inside it.
        if (index === 0) {
          huge = true;
          if (isWordLike && !continuation) windowCount += _segmentWords(segment, cjOnly);
          committedCount = windowCount;
        }
        break;
      }
      if (isWordLike && !(index === 0 && continuation)) {
        windowCount += _segmentWords(segment, cjOnly);
      } else if (!isWordLike) {
        preferred = segmentEnd;
        preferredCount = windowCount;
      }
      committed = segmentEnd;
      committedCount = windowCount;
    }
    if (!last && !huge && preferred * 2 >= limit) {
      committed = preferred;
      committedCount = preferredCount;
    }
    count += committedCount;
    if (last) break;
    if (huge) {
      position += limit;
      if (_isHigh(text.charCodeAt(position - 1))) position--;
      continuation = true;
    } else {
      position += committed;
      continuation = false;
    }
  }
  return count;
}

function _isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
