// The one "expected a string" check (`_expectString` in src/_args.ts): every
// public function that takes a text names the argument, the function and the
// kind of value it found, arrays and null included.
import { describe, expect, it } from "vitest";
import { countWords, findQuotes, fromJson, fromText, slugify } from "../src/index.js";
import { fromMarkdown } from "../src/markdown.js";

const CASES: [string, string, (value: unknown) => unknown][] = [
  ["fromJson", "text", (value) => fromJson(value as string)],
  ["fromText", "text", (value) => fromText(value as string)],
  ["fromMarkdown", "markdown", (value) => fromMarkdown(value as string)],
  ["findQuotes", "text", (value) => findQuotes(value as string)],
  ["countWords", "text", (value) => countWords(value as string)],
  ["slugify", "name", (value) => slugify(value as string)],
];

describe("expected a string", () => {
  for (const [fn, name, call] of CASES) {
    for (const [value, kind] of [
      [[], "array"],
      [null, "null"],
      [undefined, "undefined"],
      [{}, "object"],
      [1, "number"],
    ] as const) {
      it(`${fn}(${kind})`, () => {
        expect(() => call(value)).toThrow(
          new TypeError(`Expected \`${name}\` of \`${fn}\` to be a string, found ${kind}`),
        );
      });
    }
  }
});
