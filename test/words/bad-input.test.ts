import { describe, expect, it } from "vitest";
import { type ArticleError, isArticleError } from "../../src/index.js";
import { articleStats, countWords, readingTime } from "../../src/words/index.js";
import { referenceCount } from "./_reference.js";

describe("countWords: bad input", () => {
  const cases: [string, string, number][] = [
    ["empty string", "", 0],
    ["only spaces", " \u00a0\u202f\u3000\t\n ", 0],
    ["a lone high surrogate", "\ud800", 0],
    ["a lone low surrogate between words", "mot\udc00mot", 2],
    ["a lone surrogate at the end", "mot \ud83d", 1],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      expect(countWords(input)).toBe(expected);
      expect(referenceCount(input)).toBe(expected);
    });
  }

  it("10 MB without a space is one word", () => {
    expect(countWords("a".repeat(10_000_000))).toBe(1);
  });

  it("10 MB of hyphenated letters without a space", () => {
    expect(countWords("ab-".repeat(3_500_000))).toBe(3_500_000);
  });

  it("1 MB of combining marks on one letter is one word", () => {
    expect(countWords(`a${"\u0301".repeat(1_000_000)}`)).toBe(1);
    expect(countWords(`${"\u0301".repeat(1_000_000)} mot`)).toBe(1);
  });

  it("1 MB of emoji ZWJ sequences is no word", () => {
    const family = "👨‍👩‍👧‍👦";
    const text = family.repeat(Math.ceil(1_000_000 / family.length));
    expect(countWords(text)).toBe(0);
    expect(countWords(`${text} mot ${text}`)).toBe(1);
    // One unbroken chain of pictographs joined by ZWJ.
    expect(countWords("😉\u200d".repeat(250_000))).toBe(0);
  });

  it("1 MB of Thai without a space goes to the segmenter in windows", () => {
    const unit = "ภาษาไทยประเทศ";
    const small = unit.repeat(2_000);
    // The same text, whole, to the segmenter (26 000 code units is still fast).
    const expected = referenceCount(small, "th");
    expect(countWords(small, { locale: "th" })).toBe(expected);
    const large = unit.repeat(80_000);
    const count = countWords(large, { locale: "th" });
    expect(count).toBeGreaterThan(80_000 * 2);
    expect(count).toBeLessThan(80_000 * 4);
  });

  it("one 10 000-letter word of a script the fast path leaves to the segmenter", () => {
    // Ethiopic is not in the fast path's table: windows cut inside the word.
    expect(countWords("ሀለሐ".repeat(10_000))).toBe(1);
    expect(countWords(`x ${"ሀለሐ".repeat(10_000)} y`)).toBe(3);
  });

  for (const value of [null, undefined, 42, {}, ["a"]]) {
    it(`throws a TypeError naming \`text\` for ${JSON.stringify(value) ?? "undefined"}`, () => {
      expect(() => countWords(value as unknown as string)).toThrow(TypeError);
      expect(() => countWords(value as unknown as string)).toThrow(/`text` of `countWords`/);
    });
  }

  it("throws a TypeError naming the option", () => {
    expect(() => countWords("a", { tokens: "yes" } as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: Cannot use "yes" for \`options.tokens\` of \`countWords\`, expected "split" or "as-one"]`,
    );
    expect(() => countWords("a", { locale: 42 } as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: Cannot use 42 for \`options.locale\` of \`countWords\`, expected a BCP 47 language tag such as "fr" or "en-GB"]`,
    );
    expect(() => countWords("a", { locale: "not a tag" })).toThrow(/options.locale/);
    expect(() => countWords("a", { lang: "fr" } as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: Unknown option \`options.lang\` of \`countWords\`: expected one of \`locale\`, \`tokens\`]`,
    );
    expect(() => countWords("a", "fr" as never)).toThrow(/`options` of `countWords`/);
  });
});

describe("readingTime and articleStats: bad input", () => {
  for (const value of [null, undefined, 42, ["a"]]) {
    it(`readingTime throws a TypeError for ${JSON.stringify(value) ?? "undefined"}`, () => {
      expect(() => readingTime(value as never)).toThrow(/`textOrArticle` of `readingTime`/);
    });
    it(`articleStats throws a TypeError for ${JSON.stringify(value) ?? "undefined"}`, () => {
      expect(() => articleStats(value as never)).toThrow(/`article` of `articleStats`/);
    });
  }

  it("readingTime throws a TypeError naming a bad speed", () => {
    expect(() => readingTime("a", { wordsPerMinute: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: Cannot use 0 for \`options.wordsPerMinute\` of \`readingTime\`, expected a finite number above 0]`,
    );
    expect(() => readingTime("a", { images: 1.5 })).toThrow(/options.images/);
    expect(() => readingTime("a", { imageSeconds: Number.NaN })).toThrow(/options.imageSeconds/);
  });

  it("articleStats refuses an article that is not valid, with every issue", () => {
    const article = { title: "Deux mots", lang: "not a tag!", comments: [null] };
    try {
      articleStats(article as never);
      expect.unreachable();
    } catch (error) {
      expect(isArticleError(error)).toBe(true);
      expect((error as ArticleError).issues.map((issue) => [issue.code, issue.path])).toEqual([
        ["invalid_lang", ["lang"]],
        ["invalid_type", ["comments", 0]],
      ]);
    }
  });

  it("readingTime refuses an invalid article the same way", () => {
    expect(() => readingTime({ title: "" } as never)).toThrow(
      /Expected text, found an empty string/,
    );
  });

  it("articleStats throws an ArticleError when the title is missing", () => {
    expect(() => articleStats({} as never)).toThrow(/Expected `title` on an article/);
  });

  it("articleStats throws a TypeError naming a non-object argument", () => {
    expect(() => articleStats(null as never)).toThrow(
      new TypeError("Expected `article` of `articleStats` to be an object, found null"),
    );
  });
});
