// The generated fast path of fromJson and the generic reader must agree on
// every verdict, and on the article when it is valid.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromJson, parseArticle } from "../../src/index.js";
import { _fastCheck } from "../../src/json/_compile.js";
import { _hasCleanEscapes, _isCleanJsonText, _readArticle } from "../../src/json/_read.js";
import { _commentLinkIssues } from "../../src/schema/_comments.js";
import { article } from "../_helpers/arbitraries.js";
import { INVALID_CASES } from "../fixtures/json/invalid.js";

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
  "kind",
  "missingComments",
  "reason",
  "count",
  "ids",
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
  "removed",
  "note",
  "collapsed",
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
        fast(value, _hasCleanEscapes(text), strict) &&
        _commentLinkIssues((value as { comments: unknown[] }).comments as never).length === 0;
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
          const quick =
            fast(first, _hasCleanEscapes(text), strict) &&
            _commentLinkIssues(first.comments).length === 0;
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

  it("is not fooled by keys set on Object.prototype", () => {
    const proto = Object.prototype as Record<string, unknown>;
    try {
      proto.title = "inherited";
      expect(() => fromJson("{}")).toThrowError(/title/);
      delete proto.title;
      proto.status = "spam";
      const read = fromJson('{"title":"T","comments":[{"id":"1","author":{"name":"A"}}]}');
      expect(Object.hasOwn(read.comments[0] as object, "status")).toBe(true);
      expect(read.comments[0]?.status).toBe("published");
    } finally {
      delete proto.title;
      delete proto.status;
    }
    expect(fromJson('{"title":"T"}').title).toBe("T");
    // Accessors too, a getter-only one included.
    try {
      Object.defineProperty(proto, "status", { get: () => "spam", configurable: true });
      const read = fromJson('{"title":"T","comments":[{"id":"1","author":{"name":"A"}}]}');
      expect(Object.getOwnPropertyDescriptor(read.comments[0], "status")?.value).toBe("published");
    } finally {
      delete proto.status;
    }
  });

  // Texts JSON.stringify never writes: raw lone surrogates (its output
  // escapes them) and negative zeros.
  const raw: [string, string][] = [
    ["a raw lone surrogate in a text", '{"title":"a\ud800b"}'],
    ["a raw lone surrogate in an author's name", '{"title":"T","authors":[{"name":"\udc00"}]}'],
    ["a raw lone surrogate under an unknown key", '{"title":"T","x":{"y":["\ud800"]}}'],
    ["a raw lone surrogate as an unknown key", '{"title":"T","\ud800":1}'],
    ["a raw surrogate pair", '{"title":"\ud83d\ude00"}'],
    ["a raw lone surrogate in the article URL", '{"title":"T","url":"https://a.example/\ud800"}'],
    [
      "an escaped lone surrogate in the article URL",
      '{"title":"T","url":"https://a.example/\\ud800"}',
    ],
    [
      "a raw lone surrogate in an email",
      '{"title":"T","authors":[{"name":"A","email":"a\udc00@b.example"}]}',
    ],
    ["-1e-400 (an underflow to -0) as a comment count", '{"title":"T","commentCount":-1e-400}'],
    ["-1e-400 under an unknown key", '{"title":"T","x":[-1e-400]}'],
    [
      "-1e-400 in a count and under an unknown key",
      '{"title":"T","commentCount":-1e-400,"x":-1e-400}',
    ],
    ["-0 as a score", '{"title":"T","comments":[{"id":"1","author":{"name":"A"},"score":-0}]}'],
    ["-0.0e1 as a comment count", '{"title":"T","commentCount":-0.0e1}'],
    ["-0 under an unknown key", '{"title":"T","x":{"y":[1,-0]}}'],
    [
      "-0 as a mark start",
      '{"title":"T","lead":[{"type":"paragraph","text":"ab","marks":[{"type":"strong","start":-0,"end":1}]}]}',
    ],
  ];
  for (const [name, text] of raw) {
    it(`agrees with the generic reader on ${name}`, () => {
      const fast = _fastCheck();
      if (!fast) throw new Error("no fast path");
      const first = JSON.parse(text);
      const quick = fast(first, _hasCleanEscapes(text), false);
      const slow = _readArticle(JSON.parse(text), {
        unknownKeys: "keep",
        clean: _isCleanJsonText(text),
      });
      // Under an unknown key, -0 is left to the copying reader (quick is false).
      if (quick) expect(first).toEqual(slow.article);
      else if (!name.includes("under an unknown key")) expect(slow.article).toBeUndefined();
      if (slow.article === undefined) expect(() => fromJson(text)).toThrowError(/surrogate/);
      else {
        // What fromJson returns has no -0 left, and equals the generic reading.
        const read = fromJson(text);
        expect(read).toEqual(slow.article);
        expect(JSON.stringify(read, (_, v) => (Object.is(v, -0) ? "minus zero" : v))).not.toContain(
          "minus zero",
        );
      }
    });
  }
});
