import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Article,
  ArticleSchema,
  fromJson,
  parseArticle,
  safeParseArticle,
  toJson,
  type WithUnknown,
} from "../../src/index.js";
import { article, text } from "../_helpers/arbitraries.js";

const RUNS = Number(process.env.FC_RUNS ?? 1000);

describe("JSON round trip (fast-check)", () => {
  it(`is exact: fromJson(toJson(a)) deep-equals a, and writes the same string (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(article, (input) => {
        const a = parseArticle(input);
        const written = toJson(a);
        const back = fromJson(written);
        expect(back).toEqual(a);
        expect(toJson(back)).toBe(written);
        // The copy and the in-place readers agree.
        expect(parseArticle(JSON.parse(written))).toEqual(back);
      }),
      { numRuns: RUNS },
    );
  });

  it("parseArticle is idempotent (canonical form)", () => {
    fc.assert(
      fc.property(article, (input) => {
        const once = parseArticle(input);
        expect(parseArticle(once)).toEqual(once);
      }),
      { numRuns: Math.min(RUNS, 300) },
    );
  });

  it("ArticleSchema (zod) accepts what parseArticle accepts", () => {
    fc.assert(
      fc.property(article, (input) => {
        expect(ArticleSchema.safeParse(input).success).toBe(true);
      }),
      { numRuns: Math.min(RUNS, 300) },
    );
  });

  it("refuses a carriage return or NUL in any text, with invalid_character", () => {
    fc.assert(
      fc.property(text, fc.constantFrom("\r", "\r\n", "\0"), fc.nat(), (value, bad, at) => {
        const points = Array.from(value);
        const position = at % (points.length + 1);
        const title = `T${points.slice(0, position).join("")}${bad}${points.slice(position).join("")}`;
        const result = safeParseArticle({ title });
        expect(result.success).toBe(false);
        if (!result.success) expect(result.error.issues[0]?.code).toBe("invalid_character");
      }),
      { numRuns: 200 },
    );
  });

  it("keeps CRLF and NUL inside unknown values, which JSON carries", () => {
    const a = parseArticle({ title: "T", "x-raw": "a\r\nb\u0000c" });
    expect(fromJson(toJson(a))).toEqual(a);
  });

  it("writes -0 as 0 (JSON has no negative zero)", () => {
    const a = parseArticle({
      title: "T",
      comments: [{ id: "1", author: { name: "A" }, score: -0 }],
      x: [-0],
    });
    expect(Object.is(a.comments[0]?.score, 0)).toBe(true);
    expect(fromJson(toJson(a))).toEqual(a);
    expect(Object.is((fromJson('{"title":"T","x":-0.0}') as WithUnknown<Article>).x, 0)).toBe(true);
  });
});
