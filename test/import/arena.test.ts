// The store that keeps a Disqus export's posts off the JavaScript heap
// until their articles are made: every text comes back as it went in.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { _textArena } from "../../src/import/_arena.js";

describe("_textArena", () => {
  it("gives back each text by its number (fast-check, 300 runs of any well-formed texts)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "grapheme", maxLength: 40 }), { maxLength: 30 }),
        (texts) => {
          const arena = _textArena();
          const handles = texts.map((text) => arena.add(text));
          expect(handles).toEqual(texts.map((_, index) => index));
          expect(arena.size).toBe(texts.length);
          expect(handles.map((handle) => arena.get(handle))).toEqual(texts);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps texts across its buffers (64 KB growing to 4 MB), and a text longer than one buffer", () => {
    const arena = _textArena();
    const texts: string[] = [];
    // Three-byte characters fill a buffer unevenly; one text of 5 M characters needs its own.
    for (let index = 0; index < 3000; index++) texts.push(`${index}:${"€".repeat(1500)}🐦`);
    texts.push("x".repeat(5 * 1024 * 1024), "", "after");
    for (const text of texts) arena.add(text);
    for (let index = 0; index < texts.length; index++) {
      expect(arena.get(index) === texts[index], `text ${index}`).toBe(true);
    }
  });

  it("keeps a leading U+FEFF (text, not a byte order mark), and empty texts", () => {
    const arena = _textArena();
    const texts = ["\ufeffabc", "\ufeff", "", "a\ufeff", "\ufeff\ufeff"];
    for (const text of texts) arena.add(text);
    expect(texts.map((_, index) => arena.get(index))).toEqual(texts);
  });

  it("refuses a number it did not give", () => {
    const arena = _textArena();
    arena.add("one");
    expect(() => arena.get(1)).toThrow(RangeError);
    expect(() => arena.get(-1)).toThrow("No text -1 in this store (it holds 1)");
    expect(() => arena.get(0.5)).toThrow(RangeError);
  });
});
