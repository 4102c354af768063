import { describe, expect, it } from "vitest";
import { readingTime } from "../../src/words/index.js";

const words = (count: number, word = "mot") => Array.from({ length: count }, () => word).join(" ");

describe("readingTime", () => {
  it("reads nothing in no time", () => {
    expect(readingTime("")).toEqual({ minutes: 0, seconds: 0, words: 0 });
  });

  it("reads English at 238 words a minute (Brysbaert 2019)", () => {
    expect(readingTime(words(238, "word"))).toEqual({ minutes: 1, seconds: 60, words: 238 });
    expect(readingTime(words(476, "word"), { lang: "en-GB" })).toEqual({
      minutes: 2,
      seconds: 120,
      words: 476,
    });
  });

  it("reads French at IReST's ratio to English: 195 × 238 / 228 ≈ 204", () => {
    expect(readingTime(words(204), { lang: "fr" })).toEqual({
      minutes: 1,
      seconds: 60,
      words: 204,
    });
  });

  it("reads Japanese and Chinese by the character", () => {
    // IReST: 357 (Japanese) and 255 (Chinese) characters a minute, scaled.
    expect(readingTime("日".repeat(373), { lang: "ja" }).seconds).toBe(60);
    expect(readingTime("中".repeat(266), { lang: "zh" }).seconds).toBe(60);
    // Mixed: 238 English words and 266 Chinese characters, a minute each.
    expect(readingTime(`${words(238, "word")} ${"中".repeat(266)}`)).toEqual({
      minutes: 2,
      seconds: 120,
      words: 504,
    });
  });

  it("rounds up to the next second and minute", () => {
    expect(readingTime("one")).toEqual({ minutes: 1, seconds: 1, words: 1 });
    expect(readingTime(words(239, "word"))).toEqual({ minutes: 2, seconds: 61, words: 239 });
  });

  const images: [number, number][] = [
    [0, 0],
    [1, 12],
    [2, 23],
    [10, 75], // 12 + 11 + … + 3
    [12, 81], // then 3 s each
  ];
  for (const [count, seconds] of images) {
    it(`gives ${count} image(s) ${seconds} s (Medium's rule)`, () => {
      expect(readingTime("", { images: count }).seconds).toBe(seconds);
    });
  }

  it("takes every figure from the options", () => {
    expect(readingTime(words(100), { wordsPerMinute: 100 }).seconds).toBe(60);
    expect(readingTime("日".repeat(50), { charactersPerMinute: 100 }).seconds).toBe(30);
    expect(
      readingTime("", { images: 5, imageSeconds: 20, imageSecondsStep: 5, imageSecondsMin: 2 })
        .seconds,
    ).toBe(20 + 15 + 10 + 5 + 2);
    expect(readingTime("", { images: 3, imageSecondsStep: 0 }).seconds).toBe(36);
  });
});
