import { _placer } from "../_place.js";
import { _message } from "../message.js";
import type { TextMessage } from "./messages.js";

/**
 * Clean page text before reading it (this is not `normalizeText`, which
 * folds text for comparison): drop a leading byte order mark, remove NUL
 * characters (each line that held some is reported), replace lone
 * surrogates with U+FFFD (reported), and turn CRLF and CR into LF. One pass.
 *
 * @param text
 *   Text as given.
 * @param messages
 *   Where to report removals and replacements (placed in the cleaned text).
 * @returns
 *   Text with `\n` line endings only, free of NUL and lone surrogates.
 */
export function _cleanInput(text: string, messages: TextMessage[]): string {
  let source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const wellFormed = source.isWellFormed();
  if (!wellFormed) source = source.toWellFormed();
  const hasNul = source.includes("\0");
  const hasCr = source.includes("\r");
  if (!hasNul && !hasCr && wellFormed) return source;
  const parts: string[] = [];
  let from = 0;
  // Per line that held NUL: where the first one was in the result, and how many.
  const nulOffsets: number[] = [];
  const nulCounts: number[] = [];
  let nulOffset = 0;
  let nulCount = 0;
  const flushNul = (): void => {
    if (nulCount > 0) {
      nulOffsets.push(nulOffset);
      nulCounts.push(nulCount);
    }
    nulCount = 0;
  };
  let outLength = 0;
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index);
    if (code === 0 || code === 0x0d) {
      parts.push(source.slice(from, index));
      outLength += index - from;
      from = index + 1;
      if (code === 0) {
        if (nulCount === 0) nulOffset = outLength;
        nulCount++;
        continue;
      }
      // CRLF: drop the CR, the LF that follows ends the line.
      if (source.charCodeAt(index + 1) === 0x0a) continue;
      flushNul();
      parts.push("\n");
      outLength++;
      continue;
    }
    if (code === 0x0a) flushNul();
  }
  flushNul();
  parts.push(source.slice(from));
  const result = parts.join("");
  if (!wellFormed) {
    messages.push(
      _message(
        "malformed-unicode",
        "Replaced lone surrogates with U+FFFD: the input is not well-formed UTF-16",
        { place: { line: 1, column: 1, offset: 0 } },
      ),
    );
  }
  const placeOf = _placer(result);
  for (let index = 0; index < nulOffsets.length; index++) {
    const count = nulCounts[index] as number;
    messages.push(
      _message(
        "nul-removed",
        `Removed ${count} NUL character${count === 1 ? "" : "s"} (U+0000): model texts never hold NUL`,
        { place: placeOf(nulOffsets[index] as number) },
      ),
    );
  }
  return result;
}
