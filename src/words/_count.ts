/**
 * The word counter's driver: the automaton over the text, and the
 * segmenter on the stretches around characters the automaton leaves to it.
 */
import { _isSafe, type _Scan, _scan } from "./_machine.js";
import { _segmentCount } from "./_segment.js";

/**
 * Count the words of `text[start, end)`: the automaton runs until it meets
 * a character it leaves to the segmenter; the stretch between the safe
 * points around that character goes to the segmenter; the automaton
 * resumes after it. Linear: every code unit is read a bounded number of
 * times.
 *
 * @param text
 *   Text.
 * @param start
 *   Start (0, or a safe point).
 * @param end
 *   End (the text's end, or a safe point).
 * @param locale
 *   Locale for the segmenter.
 * @param cjOnly
 *   Count only CJ letters (`false`: every word).
 * @returns
 *   Number of words.
 */
export function _countRange(
  text: string,
  start: number,
  end: number,
  locale: string,
  cjOnly: boolean,
): number {
  const scan: _Scan = { count: 0, stop: 0 };
  let count = 0;
  let position = start;
  while (position < end) {
    _scan(text, position, end, cjOnly, scan);
    count += scan.count;
    const stop = scan.stop;
    if (stop >= end) break;
    // Back to the last safe point, and take off what the automaton counted
    // from there.
    let from = stop;
    while (from > position && !_isSafe(text, from)) from--;
    if (from < stop) {
      _scan(text, from, stop, cjOnly, scan);
      count -= scan.count;
    }
    // Forward to the next safe point.
    let to = stop + 1;
    while (to < end && !_isSafe(text, to)) to++;
    count += _segmentCount(text, from, to, locale, cjOnly);
    position = to;
  }
  return count;
}
