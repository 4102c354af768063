// toMarkdown writes common front matter and embed bodies itself
// (src/markdown/to/yaml.ts) instead of through the yaml package: the two
// must give the same text, byte for byte, for every value.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { _writeQuotingFirstKey, _writeYaml, YAML_OPTIONS } from "../../src/markdown/to/yaml.js";

// The package's text; a first key starting with a BOM double-quoted (the
// package writes it plain, and a reader drops a BOM that starts the text).
const byPackage = (value: Record<string, unknown>): string =>
  Object.keys(value)[0]?.startsWith("\ufeff")
    ? _writeQuotingFirstKey(value)
    : stringify(value, YAML_OPTIONS).replace(/\n$/, "");

// Characters that change how YAML writes a string, and a few ordinary ones.
const CHARS = [
  ..."aZé1 0x9eE.+-:#,[]{}&*!|>'\"%@`?~\\/",
  "\t",
  "\n",
  "\r",
  "\0",
  "\x7f",
  "\x85",
  "\xa0",
  "\u2028",
  "\u2029",
  "\ufeff",
  "\ud83d",
  "\ude00",
  "😀",
  "«",
];
const WORDS = [
  "true",
  "False",
  "NULL",
  "null",
  "~",
  "12",
  "-3",
  "1.5",
  "1e3",
  "0x1F",
  "0o17",
  ".inf",
  ".NaN",
  "---",
  "...",
  "2012-01-20",
  "2012-01-20T10:15:00+01:00",
  "https://example.org/a?b=c#d",
  "Camille Exemple",
];
const text = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.array(fc.constantFrom(...CHARS), { maxLength: 8 }).map((chars) => chars.join("")),
  fc.string({ maxLength: 6 }),
);
const key = fc.oneof(
  fc.constantFrom("name", "url", "a_b", "a-b", "x1", "true", "Null", "__proto__", "1", "é", "a b"),
  text,
);
const scalar = fc.oneof(
  text,
  fc.integer(),
  fc.constantFrom(-0, 1.5, 2 ** 53, 1e21, Number.NaN, Number.POSITIVE_INFINITY, true, false, null),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar,
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(key, tie("value"), { maxKeys: 3 }),
  ),
}));
const mapping = fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 });

// Values near the edge of what is written without the package: mostly of
// its form (simple keys; letters, digits, spaces, `:`, `#`, signs, accents,
// emoji; mappings, sequences of scalars or of mappings of scalars).
const nearKey = fc.oneof(
  { weight: 20, arbitrary: fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_-]{0,6}$/) },
  { weight: 1, arbitrary: fc.constantFrom("true", "null", "x".repeat(64), "x".repeat(65)) },
);
const nearText = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .array(fc.constantFrom(..."abZ09 é’.-😀"), { minLength: 1, maxLength: 10 })
      .map((chars) => `x${chars.join("")}`.trimEnd()),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.constantFrom(..."aZ019 :#.-+eExo'\"é«😀"), { minLength: 1, maxLength: 10 })
      .map((chars) => chars.join("")),
  },
);
const nearScalar = fc.oneof(
  { weight: 4, arbitrary: nearText },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.boolean() },
);
const nearItem = fc.oneof(nearScalar, fc.dictionary(nearKey, nearScalar, { maxKeys: 3 }));
const { near } = fc.letrec((tie) => ({
  near: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    nearScalar,
    fc.array(nearItem, { maxLength: 4 }),
    fc.dictionary(nearKey, tie("near"), { maxKeys: 3 }),
  ),
}));
const nearMapping = fc.dictionary(nearKey, near, { minKeys: 1, maxKeys: 5 });

describe("_writeYaml", () => {
  it("writes what the yaml package writes (property)", () => {
    fc.assert(
      fc.property(mapping, (input) => {
        expect(_writeYaml(input)).toBe(byPackage(input));
      }),
      { numRuns: 3000 },
    );
  });

  it("writes what the yaml package writes, for values mostly of the form it writes itself (property)", () => {
    fc.assert(
      fc.property(nearMapping, (input) => {
        expect(_writeYaml(input)).toBe(byPackage(input));
      }),
      { numRuns: 3000 },
    );
  });

  it("agrees on every character up to U+0800 and on the special ones above, first, inside and last", () => {
    const codes: number[] = [];
    for (let code = 0; code < 0x800; code++) codes.push(code);
    codes.push(
      0x2000,
      0x2028,
      0x2029,
      0x3000,
      0xd800,
      0xdbff,
      0xdc00,
      0xdfff,
      0xfeff,
      0xfffe,
      0xffff,
    );
    for (const code of codes) {
      const char = String.fromCharCode(code);
      for (const input of [char, `${char}b`, `a${char}b`, `a${char}`, `1${char}`]) {
        const front = { key: input };
        expect(_writeYaml(front)).toBe(byPackage(front));
      }
    }
  });

  it("writes front matter and embeds of the common form itself, the same as the package", () => {
    const front = {
      url: "https://example.org/2012/01/partage",
      lang: "fr",
      authors: [{ name: "Camille Exemple", url: "https://example.org/auteurs/camille" }],
      publishedAt: "2012-01-20T10:15:00+01:00",
      site: { name: "Exemple", url: "https://example.org/" },
      tags: [{ name: "Justice", slug: "justice" }],
      extra: { empty: {}, none: [], list: ["a", 1, true], nested: { deeper: { n: -4 } } },
      commentCount: 216,
    };
    expect(_writeYaml(front)).toBe(byPackage(front));
  });

  it("leaves to the package what YAML quotes or aliases", () => {
    const shared = { a: 1 };
    for (const input of [
      { a: "true" },
      { a: "x: y" },
      { a: "2012-01-20" },
      { a: 1.5 },
      { a: -0 },
      { a: null },
      { "a b": 1 },
      { a: shared, b: shared },
      { a: [[1]] },
      { a: [{ b: { c: 1 } }] },
    ]) {
      expect(_writeYaml(input)).toBe(byPackage(input));
    }
  });

  it("double-quotes a first key that starts with a BOM, which then reads back (issue #11)", () => {
    for (const input of [
      { "\ufeffk": 1 },
      { "\ufeff": { "\ufeffa": 1 } },
      { "\ufeff\ufeffk": "\ufeffv", b: [1, "x"] },
    ]) {
      const text = _writeYaml(input);
      // The package alone writes the key plain, and reads it back without.
      expect(parse(stringify(input, YAML_OPTIONS))).not.toEqual(input);
      expect(text.startsWith('"\ufeff')).toBe(true);
      expect(parse(text)).toEqual(input);
      // Only the first key differs from the package's text.
      const plain = stringify(input, YAML_OPTIONS).replace(/\n$/, "").split("\n");
      const lines = text.split("\n");
      expect(lines.slice(1)).toEqual(plain.slice(1));
      expect(lines[0]).toBe(`"${plain[0]?.replace(":", '":')}`);
    }
  });
});
