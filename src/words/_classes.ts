/**
 * Character classes of the fast word counter and the lazily built table
 * that maps every BMP code unit to one of them.
 *
 * The classes are the Unicode word-break classes (UAX #29) that matter for
 * counting, as ICU's `Intl.Segmenter` applies them, restricted to the blocks
 * the fast path knows: Latin, IPA, Greek, Cyrillic, Armenian, Hebrew,
 * Arabic, Devanagari, Georgian, Hangul, general punctuation and symbols,
 * CJK (Han, Hiragana, Katakana) and fullwidth forms. Everything else is
 * `FALLBACK`: the counter hands the stretch around it to `Intl.Segmenter`.
 * `test/words` checks every code point the table classifies against the
 * segmenter, in several contexts.
 */

/** Breaks everything, joins nothing (punctuation, symbols). */
export const OTHER = 0;
/** White space and line breaks. */
export const SPACE = 1;
/** Letters (`ALetter`). */
export const LETTER = 2;
/** Hebrew letters (`Hebrew_Letter`, which has rules of its own for quotes). */
export const HEBREW = 3;
/** Digits (`Numeric`). */
export const NUMERIC = 4;
/** Joins letters (`MidLetter`: `:`, `·`). */
export const MID_LETTER = 5;
/** Joins digits (`MidNum`: `,`, `;`). */
export const MID_NUM = 6;
/** Joins letters or digits (`MidNumLet`: `.`, `’`; and the ASCII apostrophe). */
export const MID_NUM_LET = 7;
/** The ASCII double quote (joins Hebrew letters). */
export const DOUBLE_QUOTE = 8;
/** Connectors (`ExtendNumLet`: `_`, narrow no-break space). */
export const CONNECTOR = 9;
/** Han, Hiragana and Katakana letters: one word each. */
export const CJ = 10;
/** Iteration marks (`々`, `〻`): a word only inside a run of CJ characters. */
export const ITERATION = 11;
/** Combining marks and format characters (`Extend`, `Format`): ignored. */
export const EXTEND = 12;
/** Zero width joiner: ignored, except before a pictograph. */
export const ZWJ = 13;
/** Extended pictographic characters (emoji). */
export const PICTOGRAPH = 14;
/** Surrogate code units: decoded by the slow branch. */
export const SURROGATE = 15;
/** Anything else: counted by `Intl.Segmenter`. */
export const FALLBACK = 16;
/**
 * Hangul syllables. ICU keeps them apart from other letters: a run of them
 * is one word, joined to nothing else.
 */
export const HANGUL = 17;
/** Number of classes. */
export const CLASS_COUNT = 18;

// Code points whose word-break class is not what their general category
// suggests (WordBreakProperty.txt). The ASCII apostrophe is `Single_Quote`,
// which joins exactly like `MidNumLet` for counting.
const MID_LETTERS = "\u003a\u00b7\u0387\u055f\u05f4\u2027\ufe13\ufe55\uff1a";
const MID_NUMS =
  "\u002c\u003b\u037e\u0589\u060c\u060d\u066c\u07f8\u2044\ufe10\ufe14\ufe50\ufe54\uff0c\uff1b";
const MID_NUM_LETS = "\u0027\u002e\u2018\u2019\u2024\ufe52\uff07\uff0e";
const LINE_BREAKS = "\n\u000b\u000c\r\u0085\u2028\u2029";

// Ranges (start, end inclusive) whose code points are classified one by one.
const CLASSIFIED = [
  0x0000, 0x06ff, 0x0900, 0x097f, 0x10a0, 0x10ff, 0x1100, 0x11ff, 0x1e00, 0x1fff, 0x2000, 0x2bff,
  0x3000, 0x30ff, 0x31f0, 0x31ff, 0xfe00, 0xfe0f, 0xff00, 0xffef,
];

// Unicode properties the classification reads, one bit each. They are found
// with one global regular expression each over all the code points to
// classify, which is much faster than one test per code point.
const PROPERTIES: [RegExp, number][] = [
  [/\p{Pc}/gu, 1],
  [/\p{White_Space}/gu, 2],
  [/\p{Extended_Pictographic}/gu, 4],
  [/\p{Alphabetic}/gu, 8],
  [/[\p{M}\p{Cf}]/gu, 16],
  [/\p{Nd}/gu, 32],
  // Han, Hiragana and Katakana letters (by script extensions: `ー` is both).
  [/[[\p{scx=Han}\p{scx=Hira}\p{scx=Kana}]&&[\p{L}\p{Nl}]]/gv, 64],
  [/[\p{L}&&\p{sc=Hebrew}]/gv, 128],
];
const PC = 1;
const WHITE_SPACE = 2;
const PICTOGRAPHIC = 4;
const ALPHABETIC = 8;
const MARK_OR_FORMAT = 16;
const DIGIT = 32;
const CJ_LETTER = 64;
const HEBREW_LETTER = 128;

/**
 * Classify one BMP code point from its Unicode properties.
 *
 * @param code
 *   Code point (U+0000 to U+FFFF, not a surrogate).
 * @param flags
 *   Its properties (bits of {@link PROPERTIES}).
 * @returns
 *   Its class.
 */
function _classify(code: number, flags: number): number {
  const char = String.fromCharCode(code);
  if (LINE_BREAKS.includes(char)) return SPACE;
  if (code === 0x200d) return ZWJ;
  if (MID_LETTERS.includes(char)) return MID_LETTER;
  if (MID_NUMS.includes(char)) return MID_NUM;
  if (MID_NUM_LETS.includes(char)) return MID_NUM_LET;
  if (code === 0x22) return DOUBLE_QUOTE;
  if (code === 0x202f || flags & PC) return CONNECTOR;
  if (flags & WHITE_SPACE) return SPACE;
  // Letters that are also pictographs (ℹ, Ⓜ) are letters, but a ZWJ before
  // one glues it to whatever precedes (漢 + ZWJ + Ⓜ is one word), which the
  // automaton does not track: the segmenter decides.
  if (flags & PICTOGRAPHIC) return flags & ALPHABETIC ? FALLBACK : PICTOGRAPH;
  // Arabic number signs are `Numeric`, though they are format characters.
  if ((code >= 0x0600 && code <= 0x0605) || code === 0x06dd || code === 0x066b) return NUMERIC;
  if (code !== 0x200b && flags & MARK_OR_FORMAT) return EXTEND;
  if (flags & DIGIT) return NUMERIC;
  if (code === 0x3005 || code === 0x303b) return ITERATION;
  // Katakana by word-break class but not counted as CJ letters (゛゜゠),
  // combining though spacing (ﾞﾟ), joining Latin letters though a CJ
  // letter (〼), or a CJ letter that is a word of its own outside ICU's
  // dictionary runs, so that `々` next to it stands alone (〆): the
  // segmenter decides.
  if (
    code === 0x3006 ||
    code === 0x303c ||
    code === 0x309b ||
    code === 0x309c ||
    code === 0x30a0 ||
    code === 0xff9e ||
    code === 0xff9f
  ) {
    return FALLBACK;
  }
  if (flags & CJ_LETTER) return CJ;
  if (flags & HEBREW_LETTER) return HEBREW;
  if (flags & ALPHABETIC) return LETTER;
  // Not alphabetic, yet `ALetter` (the cedilla, modifier letters, Armenian and
  // Hebrew marks).
  if (
    code === 0x00b8 ||
    (code >= 0x02c2 && code <= 0x02c5) ||
    (code >= 0x02d2 && code <= 0x02d7) ||
    code === 0x02de ||
    code === 0x02df ||
    (code >= 0x02e5 && code <= 0x02eb) ||
    code === 0x02ed ||
    (code >= 0x02ef && code <= 0x02ff) ||
    (code >= 0x055a && code <= 0x055c) ||
    code === 0x055e ||
    code === 0x058a ||
    code === 0x05f3
  ) {
    return LETTER;
  }
  return OTHER;
}

let table: Uint8Array | undefined;

/**
 * Get the class of every BMP code unit, building the table on first use
 * (a few milliseconds, once).
 *
 * @returns
 *   A table of 65 536 classes.
 */
export function _classTable(): Uint8Array {
  if (table) return table;
  const result = new Uint8Array(0x10000).fill(FALLBACK);
  const codes: number[] = [];
  for (let index = 0; index < CLASSIFIED.length; index += 2) {
    const end = CLASSIFIED[index + 1] as number;
    for (let code = CLASSIFIED[index] as number; code <= end; code++) codes.push(code);
  }
  const all = String.fromCharCode(...codes);
  const flags = new Uint8Array(codes.length);
  for (const [expression, bit] of PROPERTIES) {
    for (const match of all.matchAll(expression)) {
      const at = match.index ?? 0;
      flags[at] = (flags[at] as number) | bit;
    }
  }
  for (let index = 0; index < codes.length; index++) {
    result[codes[index] as number] = _classify(codes[index] as number, flags[index] as number);
  }
  // Blocks assigned in full: CJK ideographs and Hangul syllables.
  result.fill(CJ, 0x3400, 0x4dc0);
  result.fill(CJ, 0x4e00, 0xa000);
  result.fill(HANGUL, 0xac00, 0xd7a4);
  result.fill(SURROGATE, 0xd800, 0xe000);
  table = result;
  return result;
}

let astral: Uint8Array | undefined;

/**
 * Classify a code point above U+FFFF: emoji and their modifiers, tags and
 * variation selectors are known; other scripts go to the segmenter.
 *
 * @param code
 *   Code point (U+10000 and above).
 * @returns
 *   Its class.
 */
export function _classifyAstral(code: number): number {
  if (code >= 0x1f000 && code <= 0x1ffff) {
    if (!astral) {
      // Pictographs, their modifiers (skin tones) and regional indicators;
      // the rest of the plane (mahjong tiles and such) is left to the
      // segmenter.
      astral = new Uint8Array(0x1000).fill(FALLBACK);
      const all = String.fromCodePoint(
        ...Array.from({ length: 0x1000 }, (_, index) => 0x1f000 + index),
      );
      const mark = (expression: RegExp, cls: number) => {
        for (const match of all.matchAll(expression)) {
          const index = (all.codePointAt(match.index ?? 0) ?? 0) - 0x1f000;
          if (astral && astral[index] === FALLBACK) astral[index] = cls;
        }
      };
      // Letters that are pictographs (🅰 🅱 🅾 🅿) join letters and digits:
      // they stay with the segmenter, as ℹ and Ⓜ do.
      mark(/[\p{Extended_Pictographic}--\p{Alphabetic}]/gv, PICTOGRAPH);
      mark(/[\p{M}\p{Emoji_Modifier}]/gu, EXTEND);
      mark(/\p{Regional_Indicator}/gu, OTHER);
    }
    return astral[code - 0x1f000] as number;
  }
  // Tags and variation selectors supplement.
  if (code === 0xe0001 || (code >= 0xe0020 && code <= 0xe007f)) return EXTEND;
  if (code >= 0xe0100 && code <= 0xe01ef) return EXTEND;
  return FALLBACK;
}
