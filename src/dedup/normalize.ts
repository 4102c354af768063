import { _expectString } from "../_args.js";

// Character classes of the comparison key, by UTF-16 code unit.
const KEEP = 0;
const SPACE = 1;
const DROP = 2;
const APOSTROPHE = 3;
const QUOTE = 4;
const DOUBLE_S = 5;
const SIGMA = 6;

/**
 * Build the comparison key of a text: what duplicate detection compares,
 * never what is stored or shown.
 *
 * - Unicode NFKC: compatibility forms fold into their plain letters
 *   (full-width `Ｓ`, the ligature `ﬁ`, superscript `²`, NBSP and narrow
 *   NBSP into a space), so two texts that read the same compare the same.
 *   NFC would keep those apart; the loss NFKC brings (`²` reads as `2`) does
 *   not matter for a key that is never shown.
 * - Case folding: lower case, `ß` as `ss`, final `ς` as `σ`.
 * - One apostrophe (`'` for `’ ‘ ‛ ′` and the backtick) and one quotation
 *   mark (`"` for `« » “ ” „ ‟ ‹ ›`).
 * - Zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen)
 *   and bidi controls (LRM, RLM, ALM, embeddings, overrides, isolates)
 *   removed.
 * - Whitespace (any Unicode space, NBSP and narrow NBSP included, tabs and
 *   line breaks) collapsed into one space, trimmed at both ends.
 *
 * Accents are kept: in French `a` and `à` are different words. Linear, one
 * pass after normalisation.
 *
 * @param text
 *   Text to normalise.
 * @returns
 *   The comparison key.
 */
export function normalizeText(text: string): string {
  _expectString(text, "text", "normalizeText");
  const patterns = _patterns();
  // Most comments are plain: letters NFKC leaves alone and whose lower case
  // needs nothing more, ASCII signs, single spaces inside, and maybe the
  // French apostrophe. One scan tells, then lower case is the whole job
  // (measured: half the time of the general path below).
  if (
    !patterns.notPlain.test(text) &&
    text.charCodeAt(0) !== 32 &&
    text.charCodeAt(text.length - 1) !== 32 &&
    !text.includes("  ")
  ) {
    const lower = text.toLowerCase();
    return lower.includes("\u2019") ? lower.replaceAll("\u2019", "'") : lower;
  }
  return _normalizeFull(text, patterns);
}

/** The general path of {@link normalizeText} (exported for a differential test). */
export function _normalizeFull(text: string, patterns = _patterns()): string {
  // NFKC leaves ASCII, Latin-1 letters and most of Latin Extended-A alone:
  // skip the call (the costliest step) when the text holds nothing else.
  // Lower case can undo NFKC (`İ` gives `i` and a combining dot, which then
  // sorts after a mark of lower class): compose again after it.
  const value = patterns.stable.test(text)
    ? text.toLowerCase()
    : text.normalize("NFKC").toLowerCase().normalize("NFKC");
  // One pass over the code units, allocating only the pieces of the result
  // (a regular expression's matches cost a third of the search's garbage).
  let out = "";
  let start = 0;
  const length = value.length;
  for (let at = 0; at < length; at++) {
    const code = value.charCodeAt(at);
    // Printable ASCII but the backtick: kept (`"` is already the one quotation mark).
    if (code > 0x20 && code < 0x7f && code !== 0x60) continue;
    const kind = _classify(code);
    if (kind === KEEP) continue;
    let end = at + 1;
    let replacement: string;
    if (kind === SPACE || kind === DROP) {
      // A run of whitespace and invisible characters: one space between
      // words, nothing at either end or when the run holds no whitespace.
      let space = kind === SPACE;
      while (end < length) {
        const next = _classify(value.charCodeAt(end));
        if (next === SPACE) space = true;
        else if (next !== DROP) break;
        end++;
      }
      replacement = at === 0 || end === length || !space ? "" : " ";
      // One plain space between words stays as it is.
      if (replacement === " " && end === at + 1 && code === 0x20) continue;
    } else {
      replacement =
        kind === APOSTROPHE ? "'" : kind === QUOTE ? '"' : kind === DOUBLE_S ? "ss" : "σ";
    }
    out += value.slice(start, at) + replacement;
    start = end;
    at = end - 1;
  }
  if (start === 0) return value;
  // A removed invisible character or a new `ss` can bring a letter next to
  // a combining mark (`e\u200b\u0301`, `ß\u0307`): compose again, so that
  // the key of a key is itself.
  const result = out + value.slice(start);
  return patterns.stable.test(result) ? result : result.normalize("NFKC");
}

interface _Patterns {
  notPlain: RegExp;
  stable: RegExp;
}

let patterns: _Patterns | undefined;

/** The regular expressions, built on first use (nothing at load). */
function _patterns(): _Patterns {
  if (patterns === undefined) {
    patterns = {
      // Not in `stable` (below), or not a plain letter, digit, ASCII sign
      // (but the backtick) or space, nor U+2019: the text must take the
      // general path.
      notPlain:
        /[^\x21-\x5f\x61-\x7e\u00c0-\u00de\u00e0-\u0131\u0134-\u013e\u0141-\u0148\u014a-\u017e\u2019 ]/,
      // Tab, line feed, carriage return and U+0020 to U+009F: NFKC leaves
      // them alone (other C0 controls just take the slow path).
      stable:
        /^[\t\n\r -\x9f\u00c0-\u0131\u0134-\u013e\u0141-\u0148\u014a-\u017e\u2013\u2014\u2018\u2019\u201c\u201d\u20ac]*$/,
    };
  }
  return patterns;
}

/** Class of one code unit (see the constants above). */
function _classify(code: number): number {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13) ? SPACE : KEEP;
  switch (code) {
    case 0x60: // `
    case 0xb4: // ´
    case 0x2018:
    case 0x2019:
    case 0x201b:
    case 0x2032:
    case 0x02bc:
      return APOSTROPHE;
    case 0x22:
    case 0xab:
    case 0xbb:
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x2039:
    case 0x203a:
    case 0x2033:
      return QUOTE;
    case 0x85:
    case 0xa0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
      return SPACE;
    case 0xad:
    case 0x061c:
    case 0x180e:
    case 0xfeff:
      return DROP;
    case 0xdf:
      return DOUBLE_S;
    case 0x03c2:
      return SIGMA;
  }
  if (code >= 0x2000 && code <= 0x200a) return SPACE;
  if (code >= 0x200b && code <= 0x200f) return DROP;
  if (code >= 0x202a && code <= 0x202e) return DROP;
  if (code >= 0x2060 && code <= 0x2069) return DROP;
  return KEEP;
}
