/**
 * The fast path of the word counter: one pass over UTF-16 code units, two
 * at a time, with a table lookup for each class and one for the pair's
 * transition. The automaton follows
 * the UAX #29 word-boundary rules as ICU applies them, but only tracks what
 * a count needs: whether a word has started, and whether the next character
 * may still join it (`a.b`, `3,14`, `l’été`).
 */
import {
  _classifyAstral,
  _classTable,
  CJ,
  CLASS_COUNT,
  CONNECTOR,
  DOUBLE_QUOTE,
  EXTEND,
  FALLBACK,
  HANGUL,
  HEBREW,
  ITERATION,
  LETTER,
  MID_LETTER,
  MID_NUM,
  MID_NUM_LET,
  NUMERIC,
  OTHER,
  PICTOGRAPH,
  SPACE,
  SURROGATE,
  ZWJ,
} from "./_classes.js";

// States.
/** Not in a word. */
const NONE = 0;
/** In a word, after a letter. */
const IN_LETTER = 1;
/** In a word, after a Hebrew letter. */
const IN_HEBREW = 2;
/** In a word, after a digit. */
const IN_DIGIT = 3;
/** In a word, after a connector (`a_`, `__`). */
const IN_CONNECTOR = 4;
/** After a lone connector, not a word yet (`_`). */
const CONNECTOR_ALONE = 5;
/** In a run of CJ characters. */
const IN_CJ = 6;
/** After an iteration mark that is not part of a run yet (`々`). */
const MARK_ALONE = 7;
/** After a letter and a mid-word character: a letter continues the word. */
const LETTER_MID = 8;
/** After a digit and a mid-number character: a digit continues the number. */
const DIGIT_MID = 9;
/** After a Hebrew letter and `"`: a Hebrew letter continues the word. */
const HEBREW_QUOTE = 10;
/** In a run of Hangul syllables. */
const IN_HANGUL = 11;
/**
 * In a CJ run, after a combining mark or format character: ICU's dictionary
 * run ends there, so an iteration mark next is alone again.
 */
const CJ_EXTENDED = 12;
/** In a CJ run, after an iteration mark. */
const RUN_MARK = 13;
/**
 * After a Hebrew letter and `'` (or `.`, `’`): like `LETTER_MID`, but ICU
 * keeps the apostrophe in the word, and a combining mark after it makes
 * the segment not word-like.
 */
const HEBREW_MID = 14;
const STATE_COUNT = 15;

/** Next state that sends the slow branch to work. */
const SLOW = 15;

// While building: a transition value is the next state in bits 0-3, a word
// started in bit 4, CJ words counted in bits 5-6.
const WORD = 0x10;
const CJ_ONE = 0x20;
const CJ_TWO = 0x40;

/** The automaton, indexed by `class << 4 | state`. */
interface _Automaton {
  /** Next state, or `SLOW`. */
  next: Uint8Array;
  /** Words counted by each transition (CJ letters included). */
  total: Uint8Array;
  /** CJ letters counted by each transition. */
  cj: Uint8Array;
  /**
   * Two steps at once, indexed by `(class1 * CLASS_COUNT + class2) << 4 |
   * state`: the next state in bits 0-3 (`SLOW` alone when either step is
   * slow), the words counted in the bits above. One load a pair.
   */
  total2: Uint8Array;
  /** The same, counting CJ letters only. */
  cj2: Uint8Array;
  /** Each BMP code unit's part of a pair's index as its first: `class * CLASS_COUNT << 4`. */
  firsts: Uint16Array;
  /** Each BMP code unit's part of a pair's index as its second: `class << 4`. */
  seconds: Uint16Array;
}

let automaton: _Automaton | undefined;

/**
 * Build the automaton on first use.
 *
 * @returns
 *   Its tables.
 */
function _automaton(): _Automaton {
  if (automaton) return automaton;
  const table = new Uint8Array(CLASS_COUNT << 4).fill(SLOW);
  const set = (state: number, cls: number, value: number) => {
    table[(cls << 4) | state] = value;
  };
  for (let state = 0; state < STATE_COUNT; state++) {
    const inWord =
      state === IN_LETTER || state === IN_HEBREW || state === IN_DIGIT || state === IN_CONNECTOR;
    const inRun = state === IN_CJ || state === CJ_EXTENDED || state === RUN_MARK;
    const connector = state === IN_CONNECTOR || state === CONNECTOR_ALONE;
    // What a character does when it cannot join what came before.
    set(state, OTHER, NONE);
    set(state, SPACE, NONE);
    set(state, DOUBLE_QUOTE, state === IN_HEBREW ? HEBREW_QUOTE : NONE);
    set(state, MID_LETTER, state === IN_LETTER || state === IN_HEBREW ? LETTER_MID : NONE);
    set(state, MID_NUM, state === IN_DIGIT ? DIGIT_MID : NONE);
    set(
      state,
      MID_NUM_LET,
      state === IN_LETTER
        ? LETTER_MID
        : state === IN_HEBREW
          ? HEBREW_MID
          : state === IN_DIGIT
            ? DIGIT_MID
            : NONE,
    );
    // Letters continue a word, a letter and its mid-word character, and
    // (Hebrew only) a Hebrew letter and its double quote.
    const joinsLetter = inWord || state === LETTER_MID || state === HEBREW_MID;
    set(state, LETTER, joinsLetter ? IN_LETTER : IN_LETTER | WORD);
    set(state, HEBREW, joinsLetter || state === HEBREW_QUOTE ? IN_HEBREW : IN_HEBREW | WORD);
    const joinsDigit = inWord || state === DIGIT_MID;
    set(state, NUMERIC, joinsDigit ? IN_DIGIT : IN_DIGIT | WORD);
    set(state, HANGUL, state === IN_HANGUL ? IN_HANGUL : IN_HANGUL | WORD);
    // Connectors join letters, digits and connectors. Next to CJ they are
    // rare and subtle (Katakana joins, Han does not): the segmenter decides.
    if (inWord) set(state, CONNECTOR, IN_CONNECTOR);
    else if (state === CONNECTOR_ALONE) set(state, CONNECTOR, IN_CONNECTOR | WORD);
    else if (!inRun && state !== MARK_ALONE) set(state, CONNECTOR, CONNECTOR_ALONE);
    // CJ letters are one word each. An iteration mark (`々`) is one when it
    // is part of a dictionary run: after a CJ letter, or before one.
    if (!connector) {
      set(state, CJ, state === MARK_ALONE ? IN_CJ | CJ_TWO : IN_CJ | CJ_ONE);
      set(
        state,
        ITERATION,
        state === IN_CJ || state === RUN_MARK
          ? RUN_MARK | CJ_ONE
          : state === MARK_ALONE
            ? RUN_MARK | CJ_TWO
            : MARK_ALONE,
      );
    }
    // Ignored characters keep the state. ICU makes a segment not word-like
    // when they follow Hangul, a connector or an iteration mark: there the
    // segmenter decides. In a CJ run they end the dictionary run.
    if (state === IN_CJ || state === CJ_EXTENDED) {
      set(state, EXTEND, CJ_EXTENDED);
      set(state, ZWJ, CJ_EXTENDED);
    } else if (
      state !== IN_HANGUL &&
      !connector &&
      state !== MARK_ALONE &&
      state !== RUN_MARK &&
      state !== HEBREW_MID
    ) {
      set(state, EXTEND, state);
      set(state, ZWJ, state);
    }
  }
  const size = table.length;
  const pairs = CLASS_COUNT * CLASS_COUNT * 16;
  const result: _Automaton = {
    next: new Uint8Array(size),
    total: new Uint8Array(size),
    cj: new Uint8Array(size),
    total2: new Uint8Array(pairs).fill(SLOW),
    cj2: new Uint8Array(pairs).fill(SLOW),
    firsts: new Uint16Array(0x10000),
    seconds: new Uint16Array(0x10000),
  };
  const classes = _classTable();
  for (let code = 0; code < 0x10000; code++) {
    const cls = classes[code] as number;
    result.firsts[code] = (cls * CLASS_COUNT) << 4;
    result.seconds[code] = cls << 4;
  }
  for (let index = 0; index < size; index++) {
    const value = table[index] as number;
    result.next[index] = value & 15;
    result.cj[index] = value === SLOW ? 0 : value >> 5;
    result.total[index] = value === SLOW ? 0 : ((value >> 4) & 1) + (value >> 5);
  }
  // Two steps at once halve the chain of dependent loads in the hot loop.
  for (let first = 0; first < CLASS_COUNT; first++) {
    for (let second = 0; second < CLASS_COUNT; second++) {
      for (let state = 0; state < STATE_COUNT; state++) {
        const one = (first << 4) | state;
        const middle = result.next[one] as number;
        if (middle === SLOW) continue;
        const two = (second << 4) | middle;
        if (result.next[two] === SLOW) continue;
        const at = ((first * CLASS_COUNT + second) << 4) | state;
        const after = result.next[two] as number;
        const total = (result.total[one] as number) + (result.total[two] as number);
        const cj = (result.cj[one] as number) + (result.cj[two] as number);
        result.total2[at] = (total << 4) | after;
        result.cj2[at] = (cj << 4) | after;
      }
    }
  }
  automaton = result;
  return result;
}

/** Where a scan stopped, and what it counted. */
export interface _Scan {
  /** Words counted. */
  count: number;
  /** `end`, or the index of the code unit the segmenter must handle. */
  stop: number;
}

/**
 * Count words in `text[start, end)` with the automaton, starting outside a
 * word, until the end or the first character the automaton leaves to the
 * segmenter.
 *
 * @param text
 *   Text to scan.
 * @param start
 *   First code unit; a safe point (see `_isSafe`).
 * @param end
 *   End of the range.
 * @param cjOnly
 *   Count only CJ letters (`false`: every word).
 * @param result
 *   Where to write the count and the stop.
 */
export function _scan(
  text: string,
  start: number,
  end: number,
  cjOnly: boolean,
  result: _Scan,
): void {
  const classes = _classTable();
  const { next, firsts, seconds } = _automaton();
  const deltas = cjOnly ? _automaton().cj : _automaton().total;
  const steps2 = cjOnly ? _automaton().cj2 : _automaton().total2;
  let state = NONE;
  let count = 0;
  let index = start;
  while (index < end) {
    // The hot loop: four code units a turn, two a step, nothing but the
    // tables.
    for (; index + 3 < end; index += 4) {
      const at =
        (firsts[text.charCodeAt(index)] as number) +
        (seconds[text.charCodeAt(index + 1)] as number) +
        state;
      const step = steps2[at] as number;
      if (step === SLOW) break;
      const at2 =
        (firsts[text.charCodeAt(index + 2)] as number) +
        (seconds[text.charCodeAt(index + 3)] as number) +
        (step & 15);
      const step2 = steps2[at2] as number;
      if (step2 === SLOW) {
        state = step & 15;
        count += step >> 4;
        index += 2;
        break;
      }
      state = step2 & 15;
      count += (step >> 4) + (step2 >> 4);
    }
    for (; index + 1 < end; index += 2) {
      const at =
        (firsts[text.charCodeAt(index)] as number) +
        (seconds[text.charCodeAt(index + 1)] as number) +
        state;
      const step = steps2[at] as number;
      if (step === SLOW) break;
      state = step & 15;
      count += step >> 4;
    }
    if (index >= end) break;
    // One step.
    const code = text.charCodeAt(index);
    const at = ((classes[code] as number) << 4) | state;
    const after = next[at] as number;
    if (after !== SLOW) {
      state = after;
      count += deltas[at] as number;
      index++;
      continue;
    }
    // The slow branch: surrogates, emoji, and what goes to the segmenter.
    let cls = classes[code] as number;
    if (cls === SURROGATE) {
      const low = index + 1 < end ? text.charCodeAt(index + 1) : 0;
      if (code >= 0xdc00 || low < 0xdc00 || low > 0xdfff) {
        // A lone surrogate stands alone, like a symbol.
        state = NONE;
        index++;
        continue;
      }
      cls = _classifyAstral(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
      if (cls === EXTEND) {
        const after = next[(EXTEND << 4) | state] as number;
        if (after === SLOW) break;
        state = after;
        index += 2;
        continue;
      }
      if (cls === OTHER) {
        index += 2;
        state = NONE;
        continue;
      }
      if (cls === FALLBACK) break;
    }
    if (cls === PICTOGRAPH) {
      // `a` + ZWJ + emoji is one segment, and the segmenter no longer calls
      // it a word. Within CJ runs it depends on the dictionary.
      if (index > start && text.charCodeAt(index - 1) === 0x200d) {
        if (
          state === IN_CJ ||
          state === CJ_EXTENDED ||
          state === RUN_MARK ||
          state === MARK_ALONE
        ) {
          break;
        }
        if (
          !cjOnly &&
          (state === IN_LETTER ||
            state === IN_HEBREW ||
            state === IN_DIGIT ||
            state === IN_CONNECTOR)
        ) {
          count--;
        }
      }
      index += code >= 0xd800 ? 2 : 1;
      state = NONE;
      continue;
    }
    break;
  }
  result.count = count;
  result.stop = index;
}

/**
 * Whether the text may be cut before `index` without changing any count:
 * it follows a space or a symbol, and does not start with a character that
 * attaches to what precedes it.
 *
 * @param text
 *   Text.
 * @param index
 *   Position of the cut (0 < index < text.length).
 * @returns
 *   `true` when both sides can be counted apart.
 */
export function _isSafe(text: string, index: number): boolean {
  const classes = _classTable();
  const before = classes[text.charCodeAt(index - 1)] as number;
  if (before !== SPACE && before !== OTHER) return false;
  const after = classes[text.charCodeAt(index)] as number;
  return after !== EXTEND && after !== ZWJ && after !== FALLBACK && after !== SURROGATE;
}
