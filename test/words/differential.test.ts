import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { _classifyAstral, _classTable, FALLBACK, SURROGATE } from "../../src/words/_classes.js";
import { countWords, readingTime } from "../../src/words/index.js";
import { readSeed, skipShared } from "../_helpers/shared.js";
import { referenceCjCount, referenceCount, segmentsOf } from "./_reference.js";
import { codePoints, scanCodePoints } from "./_scan.js";

// Pieces the random strings are made of: letters of many scripts, digits,
// the punctuation that matters to word boundaries, spaces of all kinds,
// emoji with ZWJ and skin tones, combining marks, and a few oddities.
const PIECES = [
  ..."abcxyzAZéèàçœÉ",
  "e\u0301",
  "a\u0308",
  ..."אבגש",
  ..."абвгдЖ",
  ..."αβγΩ",
  ..."مرحبا",
  ..."हिन्दी",
  ..."Բար",
  ..."ქართ",
  ..."한국어",
  ..."ᄀㄱ",
  ..."日本語中文人",
  ..."のあいゝ",
  ..."カタナーヽ",
  ..."ｶｷ",
  "々",
  "〻",
  ..."ภาษาไทย",
  ..."ພາສາ",
  ..."0123456789",
  ..."٣١٢",
  "३",
  ..."’'‘-.,:;%#@«»“”…\"_/()!?·",
  "\u066c",
  "\u066b",
  "\u05f3",
  "\u05f4",
  " ",
  " ",
  " ",
  "\u00a0",
  "\u202f",
  "\u3000",
  "\n",
  "\t",
  "😉",
  "👍🏽",
  "👨‍👩‍👧",
  "\u200d",
  "\u{1f3fb}",
  "🇫🇷",
  "\u{1f1eb}",
  "©",
  "™",
  "\u0301",
  "\u0308",
  "\u3099",
  "\u00ad",
  "\u2060",
  "\u200b",
  "\ufe0f",
  "\u{e0020}",
  "\ud800",
  "\udc00",
  "Ⓐ",
  "²",
  "ﾞ",
  "゠",
  "・",
  "。",
  "、",
  "𠀀",
  "𝐀",
  "ǅ",
  "ʰ",
  "\u0600",
  "Ａ",
  "１",
  "\uff0c",
  "\uff0e",
];

const text = (maxLength: number) =>
  fc.array(fc.constantFrom(...PIECES), { maxLength }).map((parts) => parts.join(""));

describe("countWords: differential, against Intl.Segmenter", () => {
  it("agrees on 10 000 random short strings", () => {
    fc.assert(
      fc.property(text(24), (input) => {
        expect(countWords(input), segmentsOf(input)).toBe(referenceCount(input));
      }),
      { numRuns: 10_000 },
    );
  });

  it("counts the same CJ letters for reading times, on 2 000 random short strings", () => {
    fc.assert(
      fc.property(text(24), (input) => {
        // One second per word of other scripts, two per CJ letter: the time
        // tells how many CJ letters readingTime found.
        const { seconds, words } = readingTime(input, {
          wordsPerMinute: 60,
          charactersPerMinute: 30,
          lang: "fr",
        });
        expect(words).toBe(referenceCount(input));
        expect(seconds - words, segmentsOf(input)).toBe(referenceCjCount(input));
      }),
      { numRuns: 2_000 },
    );
  });

  it("agrees on 200 random Thai texts longer than the segmenter's window", () => {
    // Thai words with few separators, so that the segmenter gets long
    // stretches in windows. (Not any piece: where a Thai run glues to
    // letters of other scripts for thousands of code units, a window's
    // restart may move one boundary; see docs/design/words.md.)
    const long = fc
      .array(
        fc.oneof(
          { weight: 20, arbitrary: fc.constantFrom("ภาษา", "ไทย", "ประเทศ", "คน", "กิน", "ข้าว") },
          {
            weight: 1,
            arbitrary: fc.constantFrom(
              " ",
              "\n",
              "(",
              ")",
              "!",
              "123",
              "abc",
              "«",
              "😉",
              "ฯ",
              "ๆ",
              "฿",
            ),
          },
        ),
        { minLength: 600, maxLength: 1500 },
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(long, (input) => {
        expect(countWords(input, { locale: "th" })).toBe(referenceCount(input, "th"));
      }),
      { numRuns: 200 },
    );
  });

  it.skipIf(skipShared)("agrees on the seed's text cut into random pieces and joined", () => {
    const seed = readSeed();
    const paragraphs = seed.split("\n").filter((line) => line.length < 2000);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...paragraphs), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 200 }),
        fc.constantFrom(...PIECES),
        (chosen, cut, glue) => {
          const input = chosen.map((line) => line.slice(cut)).join(glue);
          expect(countWords(input)).toBe(referenceCount(input));
        },
      ),
      { numRuns: 300 },
    );
  });
});

// Code points by what the fast path does with them: the classes it knows,
// and the rest, which it hands to the segmenter with the text around them.
function byClass(known: boolean): number[] {
  const classes = _classTable();
  const codes: number[] = [];
  for (const code of codePoints(0, 0xffff)) {
    const cls = classes[code];
    if ((cls !== FALLBACK && cls !== SURROGATE) !== known) continue;
    // The bulk blocks (CJK ideographs, Hangul syllables): a sample.
    const bulk = (code >= 0x3400 && code < 0xa000) || (code >= 0xac00 && code < 0xd7a4);
    if (bulk && code % 97 !== 0) continue;
    codes.push(code);
  }
  // Above the BMP: the emoji plane, tags and variation selectors.
  for (const code of [...codePoints(0x1f000, 0x1ffff), ...codePoints(0xe0000, 0xe01ff)]) {
    if ((_classifyAstral(code) !== FALLBACK) === known) codes.push(code);
  }
  return codes;
}

describe("countWords: every code point, in 20 contexts, against the segmenter", () => {
  // The full scan (every code point) runs in the words bench
  // (`npm run bench -- words`); here, every code point the fast path
  // classifies itself, and a sample of those it hands to the segmenter.
  it("agrees on every code point the fast path classifies (BMP, emoji plane, tags)", () => {
    expect(scanCodePoints(byClass(true))).toEqual([]);
  });

  it("agrees on a sample of the code points it leaves to the segmenter", () => {
    const sample = byClass(false).filter((_, index) => index % 7 === 0);
    // Other planes: historic scripts, CJK extensions, private use.
    for (const code of codePoints(0x10000, 0x10ffff, 997)) sample.push(code);
    expect(scanCodePoints(sample)).toEqual([]);
  });

  it.each([
    ["\u{1f170}", "🅰 alone"],
    ["\u{1f171}", "🅱 alone"],
    ["\u{1f17e}", "🅾 alone"],
    ["\u{1f17f}", "🅿 alone"],
    ["1\u{1f17f}1", "🅿 between digits"],
    ["a\u{1f170}b", "🅰 between letters"],
    ["〆々", "〆 and an iteration mark"],
    ["々〆", "an iteration mark and 〆"],
    ["漢\u200dⓂ", "Ⓜ after an ideograph and a ZWJ"],
    ["か\u200dⓂ", "Ⓜ after kana and a ZWJ"],
    ["漢\u200dℹ", "ℹ after an ideograph and a ZWJ"],
  ])("agrees on %j (%s)", (input) => {
    expect(countWords(input), segmentsOf(input)).toBe(referenceCount(input));
  });
});
