// The generated fast path of fromJson and the generic reader must agree on
// every verdict, and on the article when it is valid.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/index.js";
import { _fastCheck } from "../src/json/_compile.js";
import { _isCleanJsonText, _readArticle } from "../src/json/_read.js";
import { _checkComments } from "../src/schema/_comments.js";
import { article } from "./_arbitraries.js";
import { INVALID_CASES } from "./fixtures/json/invalid.js";

const KEYS = [
  "title",
  "type",
  "text",
  "marks",
  "start",
  "end",
  "url",
  "level",
  "heading",
  "blocks",
  "id",
  "parentId",
  "author",
  "name",
  "status",
  "score",
  "commentCount",
  "lang",
  "publishedAt",
  "ordered",
  "items",
  "x-extra",
  "__proto__",
];
// "@start" copies the object's own `start` (an empty mark when set as `end`).
const VALUES: unknown[] = [
  "@start",
  "@start",
  "",
  " ",
  "x",
  "\r",
  "\ud800",
  "2012-02-30",
  "2012-01-20",
  "https://exemple.org/",
  "fr_FR",
  "fr",
  "paragraph",
  "link",
  "quote",
  "image",
  -1,
  0,
  1.5,
  3,
  7,
  1e21,
  null,
  true,
  [],
  {},
  [{ type: "paragraph", text: "a" }],
  { name: "A" },
];

const mutation = fc.record({
  at: fc.nat(),
  key: fc.oneof(fc.constantFrom(...KEYS), fc.constant("end")),
  value: fc.constantFrom(...VALUES),
  remove: fc.boolean(),
});

function objects(root: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== "object" || value === null) continue;
    if (!Array.isArray(value)) found.push(value as Record<string, unknown>);
    for (const item of Object.values(value)) stack.push(item);
  }
  return found;
}

describe("fromJson's generated fast path", () => {
  it("exists here (new Function is allowed in Node)", () => {
    expect(typeof _fastCheck()).toBe("function");
  });

  for (const item of INVALID_CASES) {
    it(`refuses "${item.name}" as the generic reader does`, () => {
      const fast = _fastCheck();
      if (!fast) throw new Error("no fast path");
      const text = item.json ?? JSON.stringify(item.input);
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return expect(item.code).toBe("invalid_json");
      }
      const strict = item.options?.unknownKeys === "error";
      const quick =
        fast(value, _isCleanJsonText(text), strict) &&
        _checkComments((value as { comments: unknown[] }).comments as never).length === 0;
      const slow = _readArticle(JSON.parse(text), { unknownKeys: strict ? "error" : "keep" });
      expect(quick).toBe(slow.article !== undefined);
    });
  }

  it("agrees with the generic reader on valid and broken articles", () => {
    const fast = _fastCheck();
    if (!fast) throw new Error("no fast path");
    let valid = 0;
    let invalid = 0;
    fc.assert(
      fc.property(
        article,
        fc.array(mutation, { maxLength: 3 }),
        fc.boolean(),
        (input, changes, strict) => {
          const base = JSON.parse(JSON.stringify(parseArticle(input)));
          for (const change of changes) {
            const targets = objects(base);
            const target = targets[change.at % targets.length] as Record<string, unknown>;
            if (change.remove) delete target[change.key];
            else {
              const value =
                change.value === "@start" ? target.start : structuredClone(change.value);
              Object.defineProperty(target, change.key, {
                value,
                enumerable: true,
                writable: true,
                configurable: true,
              });
            }
          }
          const text = JSON.stringify(base);
          const clean = _isCleanJsonText(text);
          const first = JSON.parse(text);
          const quick = fast(first, clean, strict) && _checkComments(first.comments).length === 0;
          const slow = _readArticle(JSON.parse(text), {
            unknownKeys: strict ? "error" : "keep",
            inPlace: true,
            clean,
          });
          expect(quick).toBe(slow.article !== undefined);
          if (quick) {
            valid++;
            expect(first).toEqual(slow.article);
          } else invalid++;
        },
      ),
      { numRuns: 1000 },
    );
    // Both sides of the verdict were exercised.
    expect(valid).toBeGreaterThan(100);
    expect(invalid).toBeGreaterThan(100);
  });
});
