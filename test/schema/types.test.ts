// Type tests: checked by `npm run typecheck` (tsc over test/), and run as
// ordinary tests by vitest.
import { describe, expect, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
  type Article,
  type ArticleInput,
  type ArticleSchema,
  type Block,
  type BlockSchema,
  type Comment,
  type CommentInput,
  type CommentSchema,
  fromJson,
  type Image,
  type Issue,
  type IssueCode,
  type Mark,
  type MarkSchema,
  type MissingComments,
  type MissingCommentsSchema,
  type Person,
  type PersonSchema,
  parseArticle,
  type SafeResult,
  type Section,
  type SectionInput,
  type SectionSchema,
  type Site,
  type SiteSchema,
  safeParseArticle,
  type Tag,
  type TagSchema,
  type WithUnknown,
} from "../../src/index.js";

// What zod infers, with every index signature removed, all the way down: the
// exported model types must be exactly this (nothing lost, nothing added).
type Strip<T> = T extends readonly (infer Item)[]
  ? Strip<Item>[]
  : T extends object
    ? { [K in keyof T as string extends K ? never : number extends K ? never : K]: Strip<T[K]> }
    : T;

describe("types", () => {
  it("infers the model from the schemas", () => {
    expectTypeOf<Article>().toEqualTypeOf<Strip<z.output<typeof ArticleSchema>>>();
    expectTypeOf<Block>().toEqualTypeOf<Strip<z.output<typeof BlockSchema>>>();
    expectTypeOf<Comment>().toEqualTypeOf<Strip<z.output<typeof CommentSchema>>>();
    expectTypeOf<Mark>().toEqualTypeOf<Strip<z.output<typeof MarkSchema>>>();
    expectTypeOf<Person>().toEqualTypeOf<Strip<z.output<typeof PersonSchema>>>();
    expectTypeOf<Section>().toEqualTypeOf<Strip<z.output<typeof SectionSchema>>>();
    expectTypeOf<Site>().toEqualTypeOf<Strip<z.output<typeof SiteSchema>>>();
    expectTypeOf<Tag>().toEqualTypeOf<Strip<z.output<typeof TagSchema>>>();
    // What zod parses is an Article.
    expectTypeOf<z.output<typeof ArticleSchema>>().toExtend<Article>();
    expectTypeOf<Article["comments"]>().toEqualTypeOf<Comment[]>();
    expectTypeOf<Section["level"]>().toEqualTypeOf<2 | 3 | 4 | 5 | 6>();
    expectTypeOf<Comment["status"]>().toEqualTypeOf<
      "published" | "pending" | "spam" | "deleted" | "removed"
    >();
    expectTypeOf<Comment["kind"]>().toEqualTypeOf<
      "comment" | "pingback" | "trackback" | "note" | undefined
    >();
    expectTypeOf<Article["missingComments"]>().toEqualTypeOf<MissingComments[] | undefined>();
    expectTypeOf<MissingComments>().toEqualTypeOf<Strip<z.output<typeof MissingCommentsSchema>>>();
    expectTypeOf<Mark["type"]>().toEqualTypeOf<"quote" | "link" | "strong" | "emphasis" | "code">();
    expectTypeOf<Block["type"]>().toEqualTypeOf<
      "paragraph" | "quote" | "list" | "image" | "embed" | "code" | "raw"
    >();
  });

  it("makes defaulted fields optional on input only", () => {
    expectTypeOf<ArticleInput>().toEqualTypeOf<Strip<z.input<typeof ArticleSchema>>>();
    expectTypeOf<CommentInput>().toEqualTypeOf<Strip<z.input<typeof CommentSchema>>>();
    expectTypeOf<SectionInput>().toEqualTypeOf<Strip<z.input<typeof SectionSchema>>>();
    expectTypeOf<ArticleInput["comments"]>().toEqualTypeOf<CommentInput[] | undefined>();
    expectTypeOf<Article>().toExtend<ArticleInput>();
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

  it("makes a misspelt field a compile error, in and out", () => {
    const article = parseArticle({ title: "T", comments: [{ id: "c", author: { name: "A" } }] });
    const comment = article.comments[0] as Comment;
    // @ts-expect-error `tittle` is not a field of Article.
    expect(article.tittle).toBeUndefined();
    // @ts-expect-error `nmae` is not a field of Person.
    expect(comment.author.nmae).toBeUndefined();
    // @ts-expect-error `coments` is not a field of Article.
    expect(article.coments).toBeUndefined();
    // @ts-expect-error `nmae` is not a field of Comment.
    expect(comment.nmae).toBeUndefined();
    const lead = article.lead[0];
    // @ts-expect-error `url` is a field of some blocks only: narrow on `type` first.
    expect(lead?.url).toBeUndefined();
    if (lead?.type === "image") expectTypeOf(lead).toEqualTypeOf<Image>();
    // @ts-expect-error `tittle` is not a field of ArticleInput.
    const input: ArticleInput = { title: "T", tittle: "x" };
    expect(parseArticle(input).title).toBe("T");
    expectTypeOf<Article>().not.toHaveProperty("tittle");
    expectTypeOf<Comment>().not.toHaveProperty("nmae");
  });

  it("reaches unknown keys through WithUnknown", () => {
    const input: WithUnknown<ArticleInput> = { title: "T", "x-cms": { revision: 12 } };
    const article = parseArticle(input);
    // Kept at run time, reached in one typed way.
    const extra = (article as WithUnknown<Article>)["x-cms"];
    expectTypeOf(extra).toEqualTypeOf<unknown>();
    expect(extra).toEqual({ revision: 12 });
    expectTypeOf<WithUnknown<Article>["title"]>().toEqualTypeOf<string>();
    expectTypeOf<WithUnknown<Comment>["anything"]>().toEqualTypeOf<unknown>();
    // Every model object widens without a cast, so a function over plain
    // records takes them.
    expectTypeOf<Article>().toExtend<WithUnknown<Article>>();
    expectTypeOf<Comment>().toExtend<Record<string, unknown>>();
    expectTypeOf<Block>().toExtend<Record<string, unknown>>();
  });
});
