/**
 * The word counter's driver: the automaton over the text, and the
 * segmenter on the stretches around characters the automaton leaves to it.
 */
import { _isSafe, _scan, type _Tally } from "./_machine.js";
import { _segmentCount } from "./_segment.js";

/**
 * Count the words of `text[start, end)`: the automaton runs until it meets
 * a character it leaves to the segmenter; the stretch between the safe
 * points around that character goes to the segmenter; the automaton
 * resumes after it. Linear: every code unit is scanned at most three times.
 *
 * @param text
 *   Text.
 * @param start
 *   Start (0, or a safe point).
 * @param end
 *   End (the text's end, or a safe point).
 * @param locale
 *   Locale for the segmenter.
 * @param tally
 *   Counts to add to.
 */
export function _countRange(
  text: string,
  start: number,
  end: number,
  locale: string,
  tally: _Tally,
): void {
  let position = start;
  while (position < end) {
    const stop = _scan(text, position, end, tally);
    if (stop >= end) return;
    // Back to the last safe point, and take off what the automaton counted
    // from there.
    let from = stop;
    while (from > position && !_isSafe(text, from)) from--;
    if (from < stop) {
      const counted: _Tally = { words: 0, cj: 0 };
      _scan(text, from, stop, counted);
      tally.words -= counted.words;
      tally.cj -= counted.cj;
    }
    // Forward to the next safe point.
    let to = stop + 1;
    while (to < end && !_isSafe(text, to)) to++;
    _segmentCount(text, from, to, locale, tally);
    position = to;
  }
}
