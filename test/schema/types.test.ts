// Type tests: checked by `npm run typecheck` (tsc over test/), and run as
// ordinary tests by vitest.
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
  type Article,
  type ArticleInput,
  type ArticleSchema,
  type Block,
  type Comment,
  fromJson,
  type Issue,
  type IssueCode,
  type Mark,
  parseArticle,
  type SafeResult,
  type Section,
  safeParseArticle,
} from "../../src/index.js";

describe("types", () => {
  it("infers the model from the schemas", () => {
    expectTypeOf<Article>().toEqualTypeOf<z.output<typeof ArticleSchema>>();
    expectTypeOf<Article["comments"]>().toEqualTypeOf<Comment[]>();
    expectTypeOf<Section["level"]>().toEqualTypeOf<2 | 3 | 4 | 5 | 6>();
    expectTypeOf<Comment["status"]>().toEqualTypeOf<"published" | "pending" | "spam" | "deleted">();
    expectTypeOf<Mark["type"]>().toEqualTypeOf<"quote" | "link" | "strong" | "emphasis" | "code">();
    expectTypeOf<Block["type"]>().toEqualTypeOf<
      "paragraph" | "quote" | "list" | "image" | "embed" | "code" | "raw"
    >();
  });

  it("makes defaulted fields optional on input only", () => {
    expectTypeOf<ArticleInput["comments"]>().toEqualTypeOf<
      z.input<typeof ArticleSchema>["comments"]
    >();
    expectTypeOf<{ title: string }>().toExtend<ArticleInput>();
    expectTypeOf<{ title: string }>().not.toExtend<Article>();
  });

  it("types the functions", () => {
    expectTypeOf(parseArticle).returns.toEqualTypeOf<Article>();
    expectTypeOf(fromJson).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(safeParseArticle).returns.toEqualTypeOf<SafeResult<Article>>();
    expectTypeOf<Issue["code"]>().toEqualTypeOf<IssueCode>();
    expectTypeOf<Issue["path"]>().toEqualTypeOf<(string | number)[]>();
  });
});
