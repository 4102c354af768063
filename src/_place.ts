// Where an offset falls in a text, as a line and a column: the one line
// counter of the library. A line ends at LF, CRLF (one line end) or a lone
// CR, so the answer is the same before and after line endings are
// normalised, as far as lines go.
import type { Place } from "./error.js";

/**
 * Place (1-based line and column, 0-based offset) of a UTF-16 offset in a
 * text. One linear pass up to the offset: for many look-ups into one text,
 * use {@link _placer}.
 *
 * @param text
 *   Text.
 * @param offset
 *   Offset into it (clamped to `0 … text.length`).
 * @returns
 *   The place, with the clamped offset.
 */
export function _place(text: string, offset: number): Place {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: end - lineStart + 1, offset: end };
}

/**
 * Make a function that places many offsets in one text. The text is read
 * once, lazily, only as far as the furthest offset asked; each look-up is a
 * binary search over the line starts read so far.
 *
 * @param text
 *   Text.
 * @returns
 *   A function from an offset to its place (as {@link _place} gives it).
 */
export function _placer(text: string): (offset: number) => Place {
  // Offsets at which lines start, in order; the text is read up to `scanned`.
  const starts = [0];
  let scanned = 0;
  return (offset) => {
    const end = Math.max(0, Math.min(offset, text.length));
    for (; scanned < end; scanned++) {
      const code = text.charCodeAt(scanned);
      if (code === 0x0a || (code === 0x0d && text.charCodeAt(scanned + 1) !== 0x0a)) {
        starts.push(scanned + 1);
      }
    }
    // The last line start at or before `end` (the last one read, when the
    // offsets come in order).
    const last = starts.length - 1;
    if ((starts[last] as number) <= end) {
      return { line: last + 1, column: end - (starts[last] as number) + 1, offset: end };
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((starts[middle] as number) <= end) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: end - (starts[low] as number) + 1, offset: end };
  };
}
