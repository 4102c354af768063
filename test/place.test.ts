// The one line/column function (src/_place.ts), against a reference that
// splits the text into lines.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { _place, _placer } from "../src/_place.js";

// Reference: cut the text before the offset at every line end.
function reference(text: string, offset: number) {
  const end = Math.max(0, Math.min(offset, text.length));
  const lines = text.slice(0, end).split(/\r\n|\r|\n/);
  // A CR right before the offset whose LF comes after it is not a line end yet.
  if (text.charAt(end - 1) === "\r" && text.charAt(end) === "\n") {
    const last = lines.pop() ?? "";
    const before = lines.pop() ?? "";
    lines.push(`${before}\r${last}`);
  }
  return { line: lines.length, column: (lines.at(-1) ?? "").length + 1, offset: end };
}

describe("_place", () => {
  const cases: [string, number, [number, number, number]][] = [
    ["", 0, [1, 1, 0]],
    ["abc", 2, [1, 3, 2]],
    ["a\nb", 2, [2, 1, 2]],
    ["a\nb", 3, [2, 2, 3]],
    ["a\r\nb", 1, [1, 2, 1]],
    ["a\r\nb", 2, [1, 3, 2]],
    ["a\r\nb", 3, [2, 1, 3]],
    ["a\rb", 2, [2, 1, 2]],
    ["\n\n\n", 3, [4, 1, 3]],
    ["abc", 99, [1, 4, 3]],
    ["abc", -5, [1, 1, 0]],
  ];
  for (const [text, offset, [line, column, at]] of cases) {
    it(`${JSON.stringify(text)} at ${offset}`, () => {
      expect(_place(text, offset)).toEqual({ line, column, offset: at });
      expect(_placer(text)(offset)).toEqual({ line, column, offset: at });
    });
  }

  it("agrees with the reference, and the placer with it, offsets in any order", () => {
    const text = fc.stringMatching(/^[ab\r\n]{0,40}$/);
    fc.assert(
      fc.property(text, fc.array(fc.integer({ min: -2, max: 45 }), { maxLength: 12 }), (t, at) => {
        const place = _placer(t);
        for (const offset of at) {
          expect(_place(t, offset)).toEqual(reference(t, offset));
          expect(place(offset)).toEqual(reference(t, offset));
        }
      }),
    );
  });
});
