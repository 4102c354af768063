import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Mark, normalizeMarks } from "../../src/index.js";

const m = (type: Mark["type"], start: number, end: number, extra: Partial<Mark> = {}): Mark =>
  ({ type, start, end, ...extra }) as Mark;

// [name, input, expected canonical form]
const CASES: [string, Mark[], Mark[]][] = [
  ["empty", [], []],
  [
    "sorts by start, then longer first",
    [m("code", 5, 6), m("strong", 0, 3), m("emphasis", 0, 8)],
    [m("emphasis", 0, 8), m("strong", 0, 3), m("code", 5, 6)],
  ],
  [
    "same range: higher rank outside",
    [m("emphasis", 0, 4), m("quote", 0, 4)],
    [m("quote", 0, 4), m("emphasis", 0, 4)],
  ],
  [
    "merges touching marks of one type",
    [m("strong", 0, 2), m("strong", 2, 5)],
    [m("strong", 0, 5)],
  ],
  [
    "merges overlapping marks of one type",
    [m("emphasis", 3, 9), m("emphasis", 0, 4)],
    [m("emphasis", 0, 9)],
  ],
  [
    "keeps links to different URLs apart",
    [
      m("link", 0, 2, { url: "https://a.example/" }),
      m("link", 2, 4, { url: "https://b.example/" }),
    ],
    [
      m("link", 0, 2, { url: "https://a.example/" }),
      m("link", 2, 4, { url: "https://b.example/" }),
    ],
  ],
  [
    "merges links to the same URL",
    [
      m("link", 0, 2, { url: "https://a.example/" }),
      m("link", 1, 4, { url: "https://a.example/" }),
    ],
    [m("link", 0, 4, { url: "https://a.example/" })],
  ],
  [
    "splits the lower-ranked mark where two cross",
    [m("emphasis", 0, 6), m("quote", 3, 9)],
    [m("emphasis", 0, 3), m("quote", 3, 9), m("emphasis", 3, 6)],
  ],
  [
    "never cuts a quotation in two",
    [m("quote", 0, 6), m("strong", 3, 9)],
    [m("quote", 0, 6), m("strong", 3, 6), m("strong", 6, 9)],
  ],
  [
    "splits at every crossing",
    [m("strong", 0, 4), m("strong", 6, 9), m("code", 3, 7)],
    [m("strong", 0, 4), m("code", 3, 4), m("code", 4, 6), m("strong", 6, 9), m("code", 6, 7)],
  ],
  [
    "leaves a mark holding others whole",
    [m("strong", 2, 4), m("strong", 6, 8), m("code", 0, 10)],
    [m("code", 0, 10), m("strong", 2, 4), m("strong", 6, 8)],
  ],
  [
    "leaves nested marks alone",
    [m("quote", 0, 10), m("emphasis", 2, 5), m("code", 3, 4)],
    [m("quote", 0, 10), m("emphasis", 2, 5), m("code", 3, 4)],
  ],
];

describe("normalizeMarks", () => {
  for (const [name, input, expected] of CASES) {
    it(name, () => {
      const copy = structuredClone(input);
      expect(normalizeMarks(input)).toEqual(expected);
      expect(input).toEqual(copy);
    });
  }

  const bad: [string, unknown, string][] = [
    ["null", null, "Expected `marks` of `normalizeMarks` to be an array, found null"],
    ["a null mark", [null], "Expected `marks[0]` of `normalizeMarks` to be an object, found null"],
    [
      "a reversed mark",
      [m("code", 3, 1)],
      "Expected `marks[0]` of `normalizeMarks` to have whole offsets with 0 <= start < end, found start 3 and end 1",
    ],
    [
      "a fractional offset",
      [m("code", 0, 1.5)],
      "Expected `marks[0]` of `normalizeMarks` to have whole offsets with 0 <= start < end, found start 0 and end 1.5",
    ],
  ];
  for (const [name, input, message] of bad) {
    it(`throws a TypeError on ${name}`, () => {
      expect(() => normalizeMarks(input as Mark[])).toThrow(new TypeError(message));
    });
  }

  const marks = fc.array(
    fc
      .record({
        type: fc.constantFrom("quote", "link", "strong", "emphasis", "code"),
        a: fc.integer({ min: 0, max: 12 }),
        b: fc.integer({ min: 0, max: 12 }),
        url: fc.constantFrom("https://a.example/", "https://b.example/"),
      })
      .filter(({ a, b }) => a !== b)
      .map(({ type, a, b, url }) =>
        m(type as Mark["type"], Math.min(a, b), Math.max(a, b), type === "link" ? { url } : {}),
      ),
    { maxLength: 8 },
  );

  // Which characters each kind of mark (type and attributes) styles.
  function coverage(list: Mark[]): Map<string, Set<number>> {
    const result = new Map<string, Set<number>>();
    for (const mark of list) {
      const key = `${mark.type} ${mark.url ?? ""}`;
      const set = result.get(key) ?? new Set<number>();
      for (let index = mark.start; index < mark.end; index++) set.add(index);
      result.set(key, set);
    }
    return result;
  }

  it("orders marks over the same characters whatever their input order", () => {
    // Found by the property below (seed 858028222): two links with other
    // URLs over the same range kept their input order, and a second pass
    // swapped them.
    const a = m("link", 9, 11, { url: "https://a.example/" });
    const b = m("link", 9, 11, { url: "https://b.example/" });
    const c = m("link", 0, 1, { url: "https://b.example/" });
    const once = normalizeMarks([b, a, c]);
    expect(once).toEqual([c, a, b]);
    expect(normalizeMarks([a, b, c])).toEqual(once);
    expect(normalizeMarks(once)).toEqual(once);
  });

  it("compares attributes whatever their key order, `__proto__` included", () => {
    const a = JSON.parse('{"type":"strong","start":0,"end":2,"__proto__":"a","x":{"p":1,"q":2}}');
    const b = JSON.parse('{"type":"strong","start":1,"end":3,"__proto__":"b","x":{"q":2,"p":1}}');
    // Other `__proto__` values: never merged, the same result in either order.
    expect(normalizeMarks([a, b])).toEqual(normalizeMarks([b, a]));
    const protoOf = (mark: object) => Object.getOwnPropertyDescriptor(mark, "__proto__")?.value;
    expect(normalizeMarks([a, b]).map(protoOf)).toEqual(["a", "b", "b"]);
    // The same nested value with its keys in another order: merged.
    const c = JSON.parse('{"type":"strong","start":1,"end":3,"__proto__":"a","x":{"q":2,"p":1}}');
    expect(normalizeMarks([a, c])).toMatchObject([{ start: 0, end: 3 }]);
  });

  it("styles the same characters, is nested and sorted, and is idempotent", () => {
    fc.assert(
      fc.property(marks, (input) => {
        const output = normalizeMarks(input);
        expect(coverage(output)).toEqual(coverage(input));
        expect(normalizeMarks(output)).toEqual(output);
        for (let index = 1; index < output.length; index++) {
          const previous = output[index - 1] as Mark;
          const mark = output[index] as Mark;
          expect(
            previous.start < mark.start ||
              (previous.start === mark.start && previous.end >= mark.end),
          ).toBe(true);
        }
        for (const left of output) {
          for (const right of output) {
            const cross =
              left.start < right.start && right.start < left.end && left.end < right.end;
            expect(cross).toBe(false);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
