import { _expectString } from "../_args.js";
import type { Mark } from "../schema/block.js";
import { normalizeMarks } from "../schema/marks.js";

/** Something odd about a quotation mark, found by {@link findQuotes}. */
export interface QuoteProblem {
  /**
   * What: `"unclosed"` (an opening mark never closed in its text),
   * `"stray"` (a closing mark with nothing open), `"misplaced"` (a « typed
   * where a » belongs, or the other way round, read as the one meant).
   */
  kind: "unclosed" | "stray" | "misplaced";
  /** UTF-16 offset of the quotation mark in the text. */
  offset: number;
  /** The quotation mark itself. */
  char: string;
}

/** Result of {@link findQuotes}. */
export interface FoundQuotes {
  /** `quote` marks in canonical form (outermost quotations only). */
  marks: Mark[];
  /** Odd quotation marks, in text order. */
  problems: QuoteProblem[];
}

// Families of quotation marks: opening and closing code (equal for ASCII).
const GUILLEMET = 0;
const SINGLE_GUILLEMET = 1;
const CURLY = 2;
const ASCII = 3;
const OPEN = [0xab, 0x2039, 0x201c, 0x22];
const CLOSE = [0xbb, 0x203a, 0x201d, 0x22];

/** Every quotation mark {@link _family} knows. */
const QUOTATION_MARK = /["\u00ab\u00bb\u2039\u203a\u201c\u201d]/g;

function _family(code: number): number {
  switch (code) {
    case 0xab:
    case 0xbb:
      return GUILLEMET;
    case 0x2039:
    case 0x203a:
      return SINGLE_GUILLEMET;
    case 0x201c:
    case 0x201d:
      return CURLY;
    case 0x22:
      return ASCII;
    default:
      return -1;
  }
}

/**
 * Whether a UTF-16 code unit is white space as it appears around quotation
 * marks: space, tab, line feed, no-break space (U+00A0), narrow no-break
 * space (U+202F), the U+2000–U+200A spaces and the ideographic space.
 *
 * @param code
 *   Code unit (`NaN` outside the text).
 * @returns
 *   `true` for white space.
 */
export function _isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0xa0 ||
    code === 0x202f ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x3000
  );
}

// A letter or digit, roughly: ASCII alphanumerics, and anything from U+00C0
// up that is not punctuation, a symbol block or white space. Good enough to
// tell "«open" from "« ." without a regular expression.
function _isWordChar(code: number): boolean {
  if (Number.isNaN(code)) return false;
  if (code < 0x80) {
    return (
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a)
    );
  }
  if (code < 0xc0 || code === 0xd7 || code === 0xf7) return false;
  if (code >= 0x2000 && code <= 0x2bff) return false;
  if (code >= 0x3000 && code <= 0x303f) return false;
  return !_isSpace(code);
}

/**
 * Find inline quotations in a paragraph's text: « … », ‹ … ›, “ … ” and
 * "…". A mark covers the quoted words, without the quotation marks and the
 * spaces (no-break ones included) just inside them. Mis-typed guillemets
 * are read as meant: a « glued to the word before it and followed by a
 * space or punctuation closes an open « (`création« .`); a » with nothing
 * open, followed by a word and with a later guillemet in the text, opens
 * one (`tient à » à exprimer … »`). Quotations never cross the text's end,
 * so callers pass one paragraph at a time. Linear in the text's length.
 *
 * @param text
 *   Text of one paragraph.
 * @returns
 *   The quote marks (canonical: nested quotations fold into the outer one)
 *   and the odd quotation marks.
 */
export function findQuotes(text: string): FoundQuotes {
  _expectString(text, "text", "findQuotes");
  const found = _findQuotes(text, Number.POSITIVE_INFINITY);
  return { marks: found.marks, problems: found.problems };
}

/**
 * {@link findQuotes} keeping at most `limit` problems (the first found);
 * `total` counts them all. Readers use it so that adversarial text does not
 * keep one object alive per quotation mark.
 *
 * @param text
 *   Text of one paragraph.
 * @param limit
 *   Most problems to keep.
 * @returns
 *   Marks, the problems kept (in text order) and the number of problems.
 */
export function _findQuotes(text: string, limit: number): FoundQuotes & { total: number } {
  const length = text.length;
  // Last offset of any mark of each family, to know whether a mis-typed
  // opening » can still be closed; and how many marks there are, to size
  // the stacks once.
  const last = [-1, -1, -1, -1];
  // Where the quotation marks are, from one native scan (not a loop over every code unit).
  const at: number[] = [];
  QUOTATION_MARK.lastIndex = 0;
  for (let match = QUOTATION_MARK.exec(text); match !== null; match = QUOTATION_MARK.exec(text)) {
    last[_family(text.charCodeAt(match.index))] = match.index;
    at.push(match.index);
  }
  const count = at.length;
  const problems: QuoteProblem[] = [];
  let total = 0;
  const report = (kind: QuoteProblem["kind"], offset: number): void => {
    total++;
    if (problems.length < limit) problems.push({ kind, offset, char: text.charAt(offset) });
  };
  // Start and end of the quotations found so far that no closed quotation
  // contains: closing one drops the spans inside it, so that nesting
  // (canonical marks keep the outer quotation only) costs no memory.
  const spans: number[] = [];
  if (count === 0) return { marks: [], problems, total: 0 };
  // The open quotations, as three parallel stacks of integers (no object
  // per quotation, sized once): family, offset of the opening mark, and the
  // length of `spans` when it opened (spans after that lie inside it).
  const stackFamily = new Uint8Array(count);
  const stackOffset = new Int32Array(count);
  const stackInner = new Int32Array(count);
  let depth = 0;
  const open = [0, 0, 0, 0];
  const push = (family: number, offset: number): void => {
    stackFamily[depth] = family;
    stackOffset[depth] = offset;
    stackInner[depth] = spans.length;
    depth++;
    open[family] = (open[family] as number) + 1;
  };
  const close = (family: number, offset: number): void => {
    for (;;) {
      depth--;
      const topFamily = stackFamily[depth] as number;
      const topOffset = stackOffset[depth] as number;
      const inner = stackInner[depth] as number;
      open[topFamily] = (open[topFamily] as number) - 1;
      if (topFamily === family) {
        let start = topOffset + 1;
        let end = offset;
        while (start < end && _isSpace(text.charCodeAt(start))) start++;
        while (end > start && _isSpace(text.charCodeAt(end - 1))) end--;
        if (spans.length > inner) spans.length = inner;
        if (start < end) spans.push(start, end);
        return;
      }
      report("unclosed", topOffset);
    }
  };
  for (const index of at) {
    const code = text.charCodeAt(index);
    const family = _family(code);
    const previous = index > 0 ? text.charCodeAt(index - 1) : Number.NaN;
    const next = index + 1 < length ? text.charCodeAt(index + 1) : Number.NaN;
    const isOpen = (open[family] as number) > 0;
    if (family === ASCII) {
      if (isOpen) close(family, index);
      else if (!Number.isNaN(next) && !_isSpace(next)) push(family, index);
      else report("stray", index);
      continue;
    }
    if (code === OPEN[family]) {
      const glued = !Number.isNaN(previous) && !_isSpace(previous) && _family(previous) < 0;
      if (isOpen && glued && !_isWordChar(next)) {
        report("misplaced", index);
        close(family, index);
      } else push(family, index);
      continue;
    }
    // A closing mark.
    if (isOpen) {
      close(family, index);
      continue;
    }
    let after = index + 1;
    if (after < length && _isSpace(text.charCodeAt(after))) after++;
    if (
      code === CLOSE[family] &&
      _isWordChar(after < length ? text.charCodeAt(after) : Number.NaN) &&
      index < (last[family] as number)
    ) {
      report("misplaced", index);
      push(family, index);
    } else report("stray", index);
  }
  for (let index = 0; index < depth; index++) report("unclosed", stackOffset[index] as number);
  if (problems.length > 1) problems.sort((left, right) => left.offset - right.offset);
  const marks: Mark[] = [];
  for (let index = 0; index < spans.length; index += 2) {
    marks.push({ type: "quote", start: spans[index] as number, end: spans[index + 1] as number });
  }
  return { marks: normalizeMarks(marks), problems, total };
}
