import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ArticleError,
  fromText,
  isArticleError,
  parseArticle,
  safeFromText,
  toText,
} from "../../src/index.js";

/** fromText gives a valid article or a typed ArticleError, nothing else. */
function outcome(text: string): "article" | "error" {
  try {
    const { article } = fromText(text);
    expect(parseArticle(article)).toEqual(article);
    return "article";
  } catch (error) {
    expect(isArticleError(error)).toBe(true);
    return "error";
  }
}

describe("fromText on bad input", () => {
  it.each([
    ["", "empty"],
    ["   \n\t\n \u00a0 \n", "whitespace only"],
    ["\ufeff", "a byte order mark alone"],
    ["\0\0\n\0", "NUL bytes alone"],
  ])("refuses %j (%s) with empty_text at title", (text) => {
    expect(() => fromText(text)).toThrow(ArticleError);
    const result = safeFromText(text);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues).toEqual([
        {
          code: "empty_text",
          message: "Expected a title: the text has no line with anything but white space",
          path: ["title"],
        },
      ]);
    }
  });

  it("removes NUL bytes and reports each line that held some", () => {
    const { article, messages } = fromText("Ti\0tle\n\nSome\0 \0text.");
    expect(article.title).toBe("Title");
    expect(article.lead).toEqual([{ type: "paragraph", text: "Some text." }]);
    expect(messages.map((m) => [m.place?.line, m.place?.column, m.ruleId])).toEqual([
      [1, 3, "nul-removed"],
      [3, 5, "nul-removed"],
    ]);
  });

  it("replaces lone surrogates and says so", () => {
    const { article, messages } = fromText("A \ud800 title");
    expect(article.title).toBe("A \ufffd title");
    expect(messages.map((m) => m.ruleId)).toEqual(["malformed-unicode"]);
  });

  it("reads CR-only and CRLF line endings like LF", () => {
    const lf = fromText("Title\n\nLead text.\n\nHeading\n\nBody one\nline two.\n");
    expect(fromText("Title\r\rLead text.\r\rHeading\r\rBody one\rline two.\r")).toEqual(lf);
    expect(fromText("Title\r\n\r\nLead text.\r\n\r\nHeading\r\n\r\nBody one\r\nline two.")).toEqual(
      lf,
    );
    expect(lf.article.sections[0]?.blocks).toEqual([
      { type: "paragraph", text: "Body one\nline two." },
    ]);
  });

  it("ignores a byte order mark", () => {
    expect(fromText("\ufeffTitle").article.title).toBe("Title");
  });

  it("reads mixed tabs and spaces as columns (tab stops every 4)", () => {
    const text = "T\n\n1 comment\n\n\t• A\n  \t  body of A\n \t\t◦ B\n\t\t\tbody of B\n";
    const { article } = fromText(text);
    expect(article.comments.map((c) => [c.author.name, c.parentId, c.body.length])).toEqual([
      ["A", undefined, 1],
      ["B", "c1", 1],
    ]);
  });

  it("keeps lines holding only « or » as paragraphs, with messages", () => {
    const { article, messages } = fromText("Title\n\n«\n\n»\n");
    expect(article.lead).toEqual([
      { type: "paragraph", text: "«" },
      { type: "paragraph", text: "»" },
    ]);
    expect(messages.map((m) => [m.place?.line, m.ruleId])).toEqual([
      [3, "unclosed-quote"],
      [5, "stray-quote"],
    ]);
  });

  it("never lets a quotation cross paragraphs", () => {
    const { article, messages } = fromText("Title\n\nHe said « never.\n\nThen » she left.");
    expect(article.lead.every((block) => block.type === "paragraph" && !block.marks)).toBe(true);
    expect(messages.map((m) => [m.place?.line, m.place?.column, m.ruleId])).toEqual([
      [3, 9, "unclosed-quote"],
      [5, 6, "stray-quote"],
    ]);
  });

  it("lists at most 100 odd quotation marks per paragraph, then counts the rest", () => {
    const { article, messages } = fromText(`Title\n\n${"a » b« . ".repeat(200)}`);
    const paragraph = article.lead[0];
    expect(paragraph?.type === "paragraph" ? paragraph.marks?.length : 0).toBe(200);
    expect(messages.filter((m) => m.ruleId === "misplaced-guillemet")).toHaveLength(100);
    expect(messages.filter((m) => m.ruleId === "quote-notes-truncated")).toEqual([
      {
        ruleId: "quote-notes-truncated",
        source: "marginalia",
        reason: "300 more odd quotation marks in this paragraph are not listed (400 in all)",
        place: { line: 3, column: 1, offset: 7 },
      },
    ]);
  });

  it("reads a 5 MB page", () => {
    const section = "Heading\n\nA paragraph with « a quote » and words, words, words.\n\n";
    const text = `Title\n\n${section.repeat(Math.ceil((5 * 1024 * 1024) / section.length))}`;
    const { article } = fromText(text);
    expect(article.sections.length).toBeGreaterThan(60_000);
  });

  it("reads 200 000 lines of “• x”", () => {
    const { article } = fromText("• x\n".repeat(200_000));
    expect(article.title).toBe("• x");
    const list = article.lead[0];
    expect(list?.type === "list" ? list.items.length : 0).toBe(199_999);
  });

  it("reads 200 000 bulleted comments after a count line", () => {
    const { article } = fromText(`T\n\n3 comments\n${"• x\n  y\n".repeat(200_000)}`);
    expect(article.comments.length).toBe(200_000);
    expect(article.comments[199_999]?.id).toBe("c200000");
  });

  it("reads one 1 MB line", () => {
    const line = "word « quoted » ".repeat(65_536);
    const { article } = fromText(`Title\n\n${line}`);
    const paragraph = article.lead[0];
    expect(paragraph?.type === "paragraph" ? paragraph.marks?.length : 0).toBe(65_536);
    expect(fromText("x".repeat(1 << 20)).article.title.length).toBe(1 << 20);
  });

  it.each([
    ["spaces", `T\n${" ".repeat(1_000_000)}x\n`],
    ["bullets", `T\n\n${"• ".repeat(500_000)}\n`],
    ["guillemets", `T\n\n${"«".repeat(500_000)}${"»".repeat(500_000)}`],
    ["open guillemets", `T\n\n${"« ".repeat(500_000)}`],
    ["digits", `T\n\n${"9".repeat(1_000_000)} commentaires`],
    ["colons", `T\n\n${"Tags:".repeat(200_000)}`],
    ["hashes", `T\n\n${"#".repeat(1_000_000)} x`],
  ])("survives adversarial %s", (_name, text) => {
    expect(outcome(text)).toBe("article");
  });

  it("gives an article or an ArticleError for any string (binary garbage included)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 300 }),
          fc.string({ unit: "grapheme", maxLength: 300 }),
          fc
            .array(
              fc.constantFrom(
                "•",
                " ",
                "\t",
                "\n",
                "\r",
                "«",
                "»",
                "“",
                '"',
                "#",
                ">",
                "1",
                "Reply",
                ":",
              ),
              { maxLength: 200 },
            )
            .map((parts) => parts.join("")),
        ),
        (text) => {
          outcome(text);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("options", () => {
  it("throws a TypeError naming a bad option", () => {
    expect(() => fromText("T", { lang: "it" })).toThrow(
      'Cannot use "it" for `options.lang` of `fromText`, expected "fr" or "en" or "de" or "es"',
    );
    expect(() => fromText("T", { now: "yesterday" })).toThrow(/`options.now`/);
    expect(() => fromText("T", { now: new Date(Number.NaN) })).toThrow(/`options.now`/);
    // @ts-expect-error: unknown option
    expect(() => fromText("T", { width: 80 })).toThrow(
      "Unknown option `options.width` of `fromText`",
    );
    // @ts-expect-error: not a string
    expect(() => fromText(42)).toThrow(
      "Expected `text` of `fromText` to be a string, found number",
    );
    expect(() => toText(parseArticle({ title: "T" }), { lang: "xx" })).toThrow(TypeError);
  });

  it("lets options.lang override the detected language", () => {
    const text =
      "Le titre\n\nLe texte est là et il est en français pour les lecteurs.\n\n1 comment\n\n• A\n  03/04/2012 10:00\n  Yes.";
    expect(fromText(text).article.lang).toBe("fr");
    expect(fromText(text).article.comments[0]?.publishedAt).toBe("2012-04-03T10:00");
    const english = fromText(text, { lang: "en" });
    expect(english.article.lang).toBe("en");
    expect(english.article.comments[0]?.publishedAt).toBe("2012-03-04T10:00");
  });

  it("toText refuses an invalid article with an ArticleError", () => {
    // @ts-expect-error: not an article
    expect(() => toText({ title: "" })).toThrow(ArticleError);
  });
});
