/** A message about a line of the input (see `TextMessage`). */
export interface RawNote {
  line: number;
  column: number;
  ruleId: string;
  reason: string;
  text: string;
}

/**
 * Prepare page text for reading: drop a leading byte order mark, remove NUL
 * characters (each line that held some is reported), replace lone
 * surrogates with U+FFFD (reported), and turn CRLF and CR into LF. One pass.
 *
 * @param text
 *   Text as given.
 * @param notes
 *   Where to report removals.
 * @returns
 *   Text with `\n` line endings only, free of NUL and lone surrogates.
 */
export function _normalize(text: string, notes: RawNote[]): string {
  let source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const wellFormed = source.isWellFormed();
  if (!wellFormed) source = source.toWellFormed();
  const hasNul = source.includes("\0");
  const hasCr = source.includes("\r");
  if (!hasNul && !hasCr && wellFormed) return source;
  const parts: string[] = [];
  let from = 0;
  let line = 1;
  let lineStart = 0;
  let nulLine = -1;
  let nulCount = 0;
  let nulColumn = 0;
  const flushNul = (): void => {
    if (nulCount > 0) {
      notes.push({
        line: nulLine,
        column: nulColumn,
        ruleId: "nul-removed",
        reason: `Removed ${nulCount} NUL character${nulCount === 1 ? "" : "s"} (U+0000): model texts never hold NUL`,
        text: "",
      });
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
        if (nulCount === 0) {
          nulLine = line;
          nulColumn = outLength - lineStart + 1;
        }
        nulCount++;
        continue;
      }
      // CRLF: drop the CR, the LF that follows ends the line.
      if (source.charCodeAt(index + 1) === 0x0a) continue;
      flushNul();
      parts.push("\n");
      outLength++;
      line++;
      lineStart = outLength;
      continue;
    }
    if (code === 0x0a) {
      flushNul();
      line++;
      lineStart = outLength + (index - from) + 1;
    }
  }
  flushNul();
  parts.push(source.slice(from));
  const result = parts.join("");
  if (!wellFormed) {
    notes.unshift({
      line: 1,
      column: 1,
      ruleId: "malformed-unicode",
      reason: "Replaced lone surrogates with U+FFFD: the input is not well-formed UTF-16",
      text: "",
    });
  }
  return result;
}
