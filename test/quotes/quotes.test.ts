import { describe, expect, it } from "vitest";
import {
  type ArticleError,
  extractQuotes,
  findQuotes,
  fromText,
  isArticleError,
  parseArticle,
} from "../../src/index.js";

const NBSP = "\u00a0";

/** Quoted texts and problem kinds found in a text. */
function quotes(text: string): [string[], string[]] {
  const found = findQuotes(text);
  return [
    found.marks.map((mark) => text.slice(mark.start, mark.end)),
    found.problems.map((problem) => `${problem.kind} ${problem.char}@${problem.offset}`),
  ];
}

describe("findQuotes", () => {
  it.each<[string, string[], string[]]>([
    [`Il a dit «${NBSP}oui${NBSP}» hier.`, ["oui"], []],
    ["Il a dit « oui » et « non ».", ["oui", "non"], []],
    [`«${NBSP}oui${NBSP}»`, ["oui"], []],
    ["He said “yes” twice.", ["yes"], []],
    ['He said "yes" twice.', ["yes"], []],
    ["Il a dit ‹ oui › hier.", ["oui"], []],
    ["« outer “inner” outer »", ["outer “inner” outer"], []],
    [`a «${NBSP}création«${NBSP}. b`, ["création"], ["misplaced «@12"]],
    [`tient à ${NBSP}» à exprimer.${NBSP}».`, ["à exprimer."], ["misplaced »@9"]],
    [`l'${NBSP}»open-source${NBSP}» .`, ["open-source"], ["misplaced »@3"]],
    ["« jamais fermé", [], ["unclosed «@0"]],
    ["rien » ouvert", [], ["stray »@5"]],
    ["« »", [], []],
    ['5" long', [], ['stray "@1']],
    ["“a « b” c", ["a « b"], ["unclosed «@3"]],
    ["no quotes at all", [], []],
  ])("%j", (text, marks, problems) => {
    expect(quotes(text)).toEqual([marks, problems]);
  });

  it("gives canonical marks (valid for parseArticle)", () => {
    const text = "« a “b” » and “c”";
    const { marks } = findQuotes(text);
    const article = parseArticle({ title: "T", lead: [{ type: "paragraph", text, marks }] });
    expect(article.lead[0]).toEqual({ type: "paragraph", text, marks });
  });

  it("throws a TypeError on a non-string", () => {
    // @ts-expect-error: not a string
    expect(() => findQuotes(null)).toThrow("Expected `text` of `findQuotes` to be a string");
  });
});

describe("extractQuotes", () => {
  it.each<[string, unknown, string]>([
    ["null", null, "Expected `article` of `extractQuotes` to be an object, found null"],
    ["a number", 3, "Expected `article` of `extractQuotes` to be an object, found number"],
    ["a string", "x", "Expected `article` of `extractQuotes` to be an object, found string"],
    ["an array", [], "Expected `article` of `extractQuotes` to be an object, found array"],
  ])("throws a TypeError on %s", (_, value, message) => {
    // @ts-expect-error: not an article
    const call = () => extractQuotes(value);
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });

  it.each<[string, unknown, { code: string; message: string; path: (string | number)[] }[]]>([
    [
      "comments not an array",
      { title: "x", comments: {} },
      [{ code: "invalid_type", message: "Expected an array, found an object", path: ["comments"] }],
    ],
    [
      "a null comment",
      { title: "x", comments: [null] },
      [
        {
          code: "invalid_type",
          message: "Expected a comment (an object), found null",
          path: ["comments", 0],
        },
      ],
    ],
    [
      "no title",
      {},
      [{ code: "missing_field", message: "Expected `title` on an article", path: ["title"] }],
    ],
  ])("throws an ArticleError on an article with %s", (_, value, issues) => {
    try {
      // @ts-expect-error: not a valid article
      extractQuotes(value);
      expect.unreachable();
    } catch (error) {
      expect(isArticleError(error)).toBe(true);
      expect((error as ArticleError).issues).toEqual(issues);
    }
  });

  it("lists marks and quote blocks with where they are", () => {
    const { article } = fromText(
      [
        "Title",
        "",
        "Lead with « one ».",
        "",
        "Heading",
        "",
        "> Block « two » line.",
        "> — Somebody",
        "",
        "- item “three”",
        "",
        "1 comment",
        "",
        "• Ann",
        '  Reply with "four".',
      ].join("\n"),
    );
    expect(extractQuotes(article)).toEqual([
      {
        kind: "mark",
        text: "one",
        part: "lead",
        block: 0,
        start: 12,
        end: 15,
        path: ["lead", 0, "marks", 0],
      },
      {
        kind: "block",
        text: "Block « two » line.",
        part: "section",
        section: 0,
        block: 0,
        attribution: "Somebody",
        path: ["sections", 0, "blocks", 0],
      },
      {
        kind: "mark",
        text: "two",
        part: "section",
        section: 0,
        block: 0,
        item: 0,
        start: 8,
        end: 11,
        path: ["sections", 0, "blocks", 0, "blocks", 0, "marks", 0],
      },
      {
        kind: "mark",
        text: "three",
        part: "section",
        section: 0,
        block: 1,
        item: 0,
        start: 6,
        end: 11,
        path: ["sections", 0, "blocks", 1, "items", 0, "marks", 0],
      },
      {
        kind: "mark",
        text: "four",
        part: "comment",
        comment: "c1",
        block: 0,
        start: 12,
        end: 16,
        path: ["comments", 0, "body", 0, "marks", 0],
      },
    ]);
  });

  it("keeps a mark's attribution", () => {
    const article = parseArticle({
      title: "T",
      lead: [
        {
          type: "paragraph",
          text: "« x »",
          marks: [{ type: "quote", start: 2, end: 3, attribution: "Y" }],
        },
      ],
    });
    expect(extractQuotes(article)[0]?.attribution).toBe("Y");
  });
});
