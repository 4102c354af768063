import { describe, expect, it } from "vitest";
import { _scan } from "../../src/words/_machine.js";
import * as words from "../../src/words/index.js";
import { countWords } from "../../src/words/index.js";
import { readSeed, skipShared } from "../_helpers/shared.js";
import { referenceCount, segmentsOf } from "./_reference.js";

describe("words: public api", () => {
  it("should expose the public api", () => {
    expect(Object.keys(words).sort()).toEqual(["articleStats", "countWords", "readingTime"]);
  });
});

// [input, expected]: what a reader counts, following Unicode's word
// boundaries (UAX #29) as Intl.Segmenter applies them.
const CASES: [string, number][] = [
  // French elisions and compounds: the apostrophe joins, the hyphen splits.
  ["l’atrocité", 1],
  ["aujourd’hui", 1],
  ["c’est-à-dire", 3],
  ["l'atrocité", 1],
  ["Qu’est-ce qu’il dit ?", 4],
  // Numbers: a percent sign or a currency is no word; separators inside a
  // number join it.
  ["98 %", 1],
  ["98\u00a0%", 1],
  ["3.14", 1],
  ["3,14", 1],
  ["10\u202f000 euros", 2],
  ["1.2.3", 1],
  // English contractions and hyphens.
  ["don't", 1],
  ["it’s a well-known fact", 5],
  ["e-mail", 2],
  // Web things: a hashtag and a mention are one word (the sign is not), a
  // URL and an address several.
  ["#OPMegaupload", 1],
  ["@YourAnonNews", 1],
  ["https://twitter.com/YourAnonNews", 3],
  ["jean.dupont@example.fr", 2],
  // Emoji are no words, however they are built.
  ["😉", 0],
  ["👍🏽", 0],
  ["🇫🇷", 0],
  ["👨‍👩‍👧‍👦", 0],
  ["famille 👨‍👩‍👧‍👦 heureuse 😉", 2],
  // ICU: a word joined to an emoji by ZWJ is one segment, not word-like.
  ["a\u200d😉", 0],
  // Other scripts written with spaces.
  ["Привет мир", 2],
  ["مرحبا بالعالم", 2],
  ["Γειά σου κόσμε", 3],
  ["Բարեւ աշխարհ", 2],
  ["გამარჯობა მსოფლიო", 2],
  ["नमस्ते दुनिया", 2],
  ["שלום עולם", 2],
  ['צה"ל', 1],
  ["한국어 텍스트", 2],
  // One word per Han, Hiragana and Katakana character.
  ["日本語のテキスト", 8],
  ["中文文本。", 4],
  ["人々", 2],
  ["2012年", 2],
  // Thai, through the segmenter's dictionary: "language" + "Thai".
  ["ภาษาไทย", 2],
  // Decomposed accents (NFD) are part of their letter.
  ["e\u0301te\u0301", 1],
  ["cafe\u0301 cre\u0300me bru\u0302le\u0301e", 3],
  // French spacing before « ; : ! ? »: no-break and narrow no-break spaces.
  ["«\u00a0Bonjour\u00a0!\u00a0»", 1],
  ["Quoi\u00a0? Vraiment\u00a0; oui\u00a0: non\u00a0!", 4],
  ["«\u202fmot\u202f»", 1],
  ["Il dit\u202f: «\u202foui\u202f»", 3],
  // Nothing to count.
  ["", 0],
  ["   \n\t ", 0],
  ["« » … — !", 0],
];

describe("countWords: table", () => {
  for (const [input, expected] of CASES) {
    it(JSON.stringify(input), () => {
      expect(countWords(input)).toBe(expected);
      // The table agrees with the reference it is meant to follow.
      expect(referenceCount(input), segmentsOf(input)).toBe(expected);
    });
  }
});

const TOKENS: [string, number][] = [
  ["https://twitter.com/YourAnonNews", 1],
  ["Voir https://twitter.com/YourAnonNews.", 2],
  ["(www.example.org/a-b?c=d)", 1],
  ["Écrivez à jean.dupont@example.fr demain", 4],
  ["#c’est-à-dire", 1],
  ["#OPMegaupload et @YourAnonNews", 3],
  ["mailto:jean@example.fr", 1],
  // Not tokens: a lone sign, a word with an at sign but no domain.
  ["# @ a@b", 2],
];

describe('countWords: tokens "as-one"', () => {
  for (const [input, expected] of TOKENS) {
    it(JSON.stringify(input), () => {
      expect(countWords(input, { tokens: "as-one" })).toBe(expected);
    });
  }
});

describe("countWords: the seed page", () => {
  it.skipIf(skipShared)("counts the page as the segmenter does, paragraph by paragraph", () => {
    const text = readSeed();
    let expected = 0;
    for (const paragraph of text.split("\n")) expected += referenceCount(paragraph);
    expect(expected).toBeGreaterThan(1000);
    expect(countWords(text)).toBe(expected);
    expect(countWords(text, { locale: "fr" })).toBe(expected);
  });
});

describe("countWords: the fast path on French typography", () => {
  // Made-up French prose with what real pages use: « » with no-break
  // spaces (U+00A0, U+202F) before : ; ! ?, ’, accented capitals, digits
  // grouped with spaces, an ellipsis, dashes. None of it may leave the
  // automaton (which would hand stretches to the slow segmenter).
  const prose =
    "« Élodie a lu 12\u202f345 pages\u00a0! » — Où\u00a0? À Paris, l’été 2012\u202f; Ça coûte 3,50\u00a0€… " +
    "Œuvre n°\u00a07 : « Ève », 1\u00a0000 exemplaires – aujourd’hui (déjà).\n";

  it("scans it without a stop, in pairs and at any start", () => {
    const scan = { count: 0, stop: 0 };
    for (let start = 0; start < 8; start++) {
      const text = prose.repeat(4).slice(start);
      _scan(text, 0, text.length, false, scan);
      expect(scan.stop).toBe(text.length);
      expect(scan.count, segmentsOf(text)).toBe(referenceCount(text));
    }
  });
});
