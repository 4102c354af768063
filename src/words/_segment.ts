/**
 * The segmenter side of the word counter: `Intl.Segmenter` on short
 * stretches of text, with the CJ rule applied to its segments.
 */
import type { _Tally } from "./_machine.js";

/** Longest stretch handed to `Intl.Segmenter` at once (it is super-linear). */
export const WINDOW = 2048;
/** Segments ending this close to a window's end are counted with the next window. */
const MARGIN = 256;

const segmenters = new Map<string, Intl.Segmenter>();

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
 * Add one word-like segment to a tally: one word, or one per CJ letter when
 * it has some.
 *
 * @param segment
 *   A segment `Intl.Segmenter` calls word-like.
 * @param tally
 *   Counts to add to.
 */
function _addSegment(segment: string, tally: _Tally): void {
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
  if (cj > 0) tally.cj += cj;
  else tally.words++;
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
 * @param tally
 *   Counts to add to.
 */
export function _segmentCount(
  text: string,
  start: number,
  end: number,
  locale: string,
  tally: _Tally,
): void {
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
    let huge = false;
    for (const { segment, index, isWordLike } of segmenter.segment(piece)) {
      const segmentEnd = index + segment.length;
      if (!last && segmentEnd > limit) {
        // The first segment reaches past the limit: it is longer than the
        // window allows. Count it once and cut inside it.
        if (index === 0) {
          huge = true;
          if (isWordLike && !continuation) _addSegment(segment, tally);
        }
        break;
      }
      if (isWordLike && !(index === 0 && continuation)) _addSegment(segment, tally);
      committed = segmentEnd;
    }
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
}

function _isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
