import { describe, expect, it } from "vitest";
import { type ArticleError, dedupeTags, isArticleError, slugify } from "../../src/index.js";

describe("slugify", () => {
  it.each<[string, string, { separator?: string }?]>([
    ["Sujets liés", "sujets-lies"],
    ["  Hadopi & SOPA  ", "hadopi-sopa"],
    ["L’été à Paris", "l-ete-a-paris"],
    ["Œuvres complètes", "oeuvres-completes"],
    ["Straße", "strasse"],
    ["C++", "c"],
    ["#megaupload", "megaupload"],
    ["日本語 ニュース", "日本語-ニュース"],
    ["Ça va", "ca-va"],
    ["ﬁn", "fin"],
    ["#", "u23"],
    ["😉", "u1f609"],
    ["a b", "a_b", { separator: "_" }],
    // Combining marks that are part of a letter stay, and the slug is NFC.
    ["ガギグゲゴ", "ガギグゲゴ"],
    ["パン", "パン"],
    ["バン", "バン"],
    ["ﾊﾟﾝ", "パン"],
    ["हिन्दी समाचार", "हिन्दी-समाचार"],
    ["한국어 뉴스", "한국어-뉴스"],
    ["ภาษาไทย", "ภาษาไทย"],
    ["தமிழ் செய்திகள்", "தமிழ்-செய்திகள்"],
    // Latin, Greek and Cyrillic drop their accents, as before.
    ["Ελληνικά", "ελληνικα"],
    ["Ёлка", "елка"],
    ["e\u0301te\u0301", "ete"],
    // A mark with no letter to belong to goes, without a separator.
    ["\u0301x", "x"],
    ["1\u20e3", "1"],
  ])("%j → %j", (name, slug, options) => {
    expect(slugify(name, options)).toBe(slug);
  });

  it.each([
    "ガギグゲゴ パン",
    "हिन्दी समाचार",
    "한국어",
    "\u1100\u1161\u11a8",
    "العَرَبِيَّة",
    "עִבְרִית",
    "क़िला",
    "ﾊﾟﾝ",
    "Ça va",
  ])("returns %j in NFC, with no separator inside a word of one script", (name) => {
    const slug = slugify(name);
    expect(slug).toBe(slug.normalize("NFC"));
    // Every word of the name is one word of the slug.
    expect(slug.split("-")).toHaveLength(name.trim().split(/\s+/u).length);
  });

  it.each(["", "   ", "\t\n\u00a0"])("throws an ArticleError on the blank name %j", (name) => {
    try {
      slugify(name);
      expect.unreachable();
    } catch (error) {
      expect(isArticleError(error)).toBe(true);
      expect((error as ArticleError).issues).toEqual([
        {
          code: "empty_text",
          message: "Expected a name with something other than white space to slugify",
          path: ["name"],
        },
      ]);
    }
  });

  it("throws on bad input", () => {
    // @ts-expect-error: not a string
    expect(() => slugify(3)).toThrow("Expected `name` of `slugify` to be a string, found number");
    // @ts-expect-error: bad separator
    expect(() => slugify("a", { separator: 1 })).toThrow("`options.separator`");
  });
});

describe("dedupeTags", () => {
  it("keeps パン and バン apart, and merges パン with its half-width and decomposed forms", () => {
    const tags = [
      { name: "パン", slug: "" },
      { name: "バン", slug: "" },
      { name: "ﾊﾟﾝ", slug: "" },
      { name: "\u30cf\u309a\u30f3", slug: "" },
      { name: "हिन्दी", slug: "" },
      { name: "हिंदी", slug: "" },
    ];
    expect(dedupeTags(tags)).toEqual([tags[0], tags[1], tags[4], tags[5]]);
  });

  it.each<[string, unknown, string]>([
    ["null", null, "Expected `tags` of `dedupeTags` to be an array, found null"],
    ["a string", "x", "Expected `tags` of `dedupeTags` to be an array, found string"],
    ["an object", {}, "Expected `tags` of `dedupeTags` to be an array, found object"],
    ["a null tag", [null], "Expected `tags[0]` of `dedupeTags` to be an object, found null"],
    [
      "a string tag",
      [{ name: "a", slug: "a" }, "b"],
      "Expected `tags[1]` of `dedupeTags` to be an object, found string",
    ],
  ])("throws a TypeError on %s", (_, value, message) => {
    // @ts-expect-error: not tags
    const call = () => dedupeTags(value);
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });

  it("throws an ArticleError on a tag with a blank slug and a blank name", () => {
    try {
      dedupeTags([
        { name: "a", slug: "" },
        { name: " ", slug: "" },
      ]);
      expect.unreachable();
    } catch (error) {
      expect(isArticleError(error)).toBe(true);
      expect((error as ArticleError).issues).toEqual([
        {
          code: "empty_text",
          message: "Expected a tag with a slug or a name to make one of, found both blank",
          path: ["tags", 1, "name"],
        },
      ]);
    }
  });

  it("throws an ArticleError on a tag whose name or slug is not a string", () => {
    try {
      // @ts-expect-error: not tags
      dedupeTags([{ name: "a", slug: "a" }, { name: 1 }]);
      expect.unreachable();
    } catch (error) {
      expect(isArticleError(error)).toBe(true);
      expect((error as ArticleError).issues).toEqual([
        {
          code: "invalid_type",
          message: "Expected a string tag name, found number",
          path: ["tags", 1, "name"],
        },
        {
          code: "invalid_type",
          message: "Expected a string tag slug, found undefined",
          path: ["tags", 1, "slug"],
        },
      ]);
    }
  });

  it("keeps the first tag of each slug, in order", () => {
    expect(
      dedupeTags([
        { name: "Randonnée", slug: "randonnee" },
        { name: "Nature", slug: "nature", kind: "topic" },
        { name: "randonnée", slug: "randonnee", kind: "keyword" },
        { name: "Other", slug: " " },
        { name: "other", slug: "other" },
      ]),
    ).toEqual([
      { name: "Randonnée", slug: "randonnee" },
      { name: "Nature", slug: "nature", kind: "topic" },
      { name: "Other", slug: " " },
    ]);
  });
});
