// The unified side of the Markdown mapping: the mdast utilities
// (`mdastToArticle`, `articleToMdast`) and the plugins (`remarkArticle`,
// `remarkArticleParse`), checked against `fromMarkdown` and `toMarkdown` on
// every golden fixture and on random articles, with and without remark-gfm.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { isArticleError, parseArticle } from "../../src/index.js";
import {
  articleToMdast,
  fromMarkdown,
  type MarkdownMessage,
  mdastToArticle,
  remarkArticle,
  remarkArticleParse,
  toMarkdown,
} from "../../src/markdown.js";
import { article as arbitraryArticle } from "./_arbitraries.js";
import { PATHOLOGICAL } from "./_pathological.js";

const RUNS = Math.ceil(Number(process.env.MARKDOWN_RUNS ?? 1000) / 5);

const folder = join(import.meta.dirname, "../fixtures/markdown");
const fixtures = readdirSync(folder)
  .filter((name) => name.endsWith(".md"))
  .sort()
  .map((name) => ({ name: name.slice(0, -3), markdown: readFileSync(join(folder, name), "utf8") }));

const reader = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkArticle);
const gfmReader = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ["yaml"])
  .use(remarkGfm)
  .use(remarkArticle);
const writer = unified()
  .use(remarkArticleParse)
  .use(remarkFrontmatter, ["yaml"])
  .use(remarkStringify);
const parser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]);

/** What a run yields, errors as their issues, to compare two ways of reading. */
function _outcome(run: () => unknown): unknown {
  try {
    return { value: run() };
  } catch (error) {
    if (isArticleError(error)) return { error: error.issues };
    throw error;
  }
}

/** The messages a processor left on a file, in the shape of `fromMarkdown`'s. */
function _messages(file: { messages: readonly object[] }): MarkdownMessage[] {
  return file.messages.map((message) => {
    const { ruleId, source, reason, place } = message as MarkdownMessage;
    return { ruleId, source, reason, place } as MarkdownMessage;
  });
}

/** `fromMarkdown`'s messages without `path`, which vfile messages do not carry. */
function _withoutPath(messages: readonly MarkdownMessage[]): MarkdownMessage[] {
  return messages.map(({ ruleId, source, reason, place }) => ({ ruleId, source, reason, place }));
}

function _read(processor: typeof reader, markdown: string): unknown {
  return _outcome(() => {
    const file = processor.processSync(markdown);
    return { article: file.result, messages: _messages(file) };
  });
}

function _fromMarkdown(markdown: string): unknown {
  return _outcome(() => {
    const { article, messages } = fromMarkdown(markdown);
    return { article, messages: _withoutPath(messages) };
  });
}

describe("remarkArticle", () => {
  for (const { name, markdown } of fixtures) {
    it(`reads ${name} as fromMarkdown does (article, messages, errors)`, () => {
      expect(_read(reader, markdown)).toEqual(_fromMarkdown(markdown));
    });
  }

  it("gives vfile messages with the Markdown rule id, source and place", () => {
    const file = reader.processSync("# T\n\n---\n");
    expect(file.messages).toHaveLength(1);
    expect(file.messages[0]).toMatchObject({
      ruleId: "raw-block",
      source: "marginalia",
      reason: "Kept a thematic break as a raw Markdown block",
      place: { line: 3, column: 1, offset: 5 },
      fatal: false,
    });
  });

  it("cleans the text as fromMarkdown does: BOM, CRLF, NUL (with a message)", () => {
    const markdown = "\uFEFF---\r\nlang: fr\r\n---\r\n# T\u0000itle\r\n\r\n| a |\r\n| - |\r\n";
    expect(_read(reader, markdown)).toEqual(_fromMarkdown(markdown));
    expect(_messages(reader.processSync(markdown)).map((message) => message.ruleId)).toEqual([
      "nul-removed",
      "raw-block",
    ]);
  });

  it("applies the limits in the parser it wraps: a slow input is refused at once", () => {
    const pattern = PATHOLOGICAL.find((item) => item.name === "nested strong and emphasis");
    expect(pattern).toBeDefined();
    const markdown = `# T\n\n${pattern?.make(64 * 1024)}`;
    const outcome = _read(reader, markdown) as { error?: { code: string }[] };
    expect(outcome.error?.[0]?.code).toBe("input_too_complex");
    expect(_read(reader, markdown)).toEqual(_fromMarkdown(markdown));
  });

  it("takes the limits as options, checked like fromMarkdown's", () => {
    const strict = unified().use(remarkParse).use(remarkArticle, { maxSize: 8 });
    expect((_read(strict, "# A title\n") as { error?: { code: string }[] }).error).toMatchObject([
      { code: "input_too_complex" },
    ]);
    expect(() => unified().use(remarkArticle, { maxSize: 0 }).freeze()).toThrow(
      "Cannot use 0 for `options.maxSize`, expected a positive whole number",
    );
    expect(() =>
      unified()
        .use(remarkArticle, { nope: 1 } as never)
        .freeze(),
    ).toThrow("Unknown option `options.nope` of `remarkArticle`");
  });

  it("compiles a tree that was not parsed by the processor (no source: Markdown of remark-stringify)", () => {
    const tree = parser.parse("# T\n\nText *here*.\n\n---\n");
    const processor = unified().use(remarkArticle);
    const article = processor.stringify(tree);
    expect(article).toEqual(
      parseArticle({
        title: "T",
        lead: [
          {
            type: "paragraph",
            text: "Text here.",
            marks: [{ type: "emphasis", start: 5, end: 9 }],
          },
          // As toMarkdown writes a thematic break.
          { type: "raw", format: "markdown", value: "---" },
        ],
      }),
    );
  });
});

describe("remarkArticle with remark-gfm", () => {
  const cases: [string, string, string][] = [
    ["a table", "| a | b |\n| - | - |\n| 1 | 2 |", "a table"],
    ["strikethrough", "Some ~~old~~ text.", "a strikethrough (GFM) inside text"],
    ["a task list", "- [ ] to do\n- [x] done", "a task list"],
    ["a footnote definition", "[^1]: The note.", "a footnote definition"],
  ];
  for (const [name, block, reason] of cases) {
    it(`keeps ${name} as a raw Markdown block, with a message`, () => {
      const markdown = `# T\n\n${block}\n\nAfter.\n`;
      const file = gfmReader.processSync(markdown);
      expect(file.result.lead).toEqual([
        { type: "raw", format: "markdown", value: block },
        { type: "paragraph", text: "After." },
      ]);
      expect(_messages(file)).toEqual([
        {
          ruleId: "raw-block",
          source: "marginalia",
          reason: `Kept ${reason} as a raw Markdown block`,
          place: { line: 3, column: 1, offset: 5 },
        },
      ]);
    });
  }

  it("reads a table as fromMarkdown does without GFM", () => {
    const markdown = "# T\n\n| a | b |\n| - | - |\n| 1 | 2 |\n";
    expect(_read(gfmReader, markdown)).toEqual(_fromMarkdown(markdown));
  });

  it("reads an autolink literal as a link", () => {
    const file = gfmReader.processSync("# T\n\nSee www.example.com now.\n");
    expect(file.result.lead).toEqual([
      {
        type: "paragraph",
        text: "See www.example.com now.",
        marks: [{ type: "link", start: 4, end: 19, url: "http://www.example.com" }],
      },
    ]);
  });

  it("keeps a paragraph with a footnote reference as a raw Markdown block (CommonMark reads it as text)", () => {
    const markdown = "# T\n\nA note[^1].\n\n[^1]: The note.\n";
    const raw = { type: "raw", format: "markdown" };
    expect(gfmReader.processSync(markdown).result.lead).toEqual([
      { ...raw, value: "A note[^1]." },
      { ...raw, value: "[^1]: The note." },
    ]);
    expect(fromMarkdown(markdown).article.lead).toEqual([
      { type: "paragraph", text: "A note[^1]." },
      { ...raw, value: "[^1]: The note." },
    ]);
  });

  for (const { name, markdown } of fixtures) {
    // `unmapped` has a footnote reference (the case above).
    if (name === "unmapped") continue;
    it(`reads ${name} as without GFM (it holds no GFM syntax but tables)`, () => {
      expect(_read(gfmReader, markdown)).toEqual(_read(reader, markdown));
    });
  }
});

describe("mdastToArticle", () => {
  for (const { name, markdown } of fixtures) {
    if (markdown.includes("\r") || markdown.includes("\0") || markdown.startsWith("\uFEFF"))
      continue;
    it(`reads the tree of ${name}, with its source, as fromMarkdown reads the text`, () => {
      const tree = parser.parse(markdown);
      expect(_outcome(() => mdastToArticle(tree, { source: markdown }))).toEqual(
        _outcome(() => fromMarkdown(markdown)),
      );
    });
  }

  it("refuses what is not an mdast root, and a source that is not a string", () => {
    expect(() => mdastToArticle({ type: "paragraph" } as never)).toThrow(
      "Expected `tree` of `mdastToArticle` to be an mdast `root` node",
    );
    expect(() => mdastToArticle({ type: "root", children: [] }, { source: 7 as never })).toThrow(
      "Cannot use number for `options.source` of `mdastToArticle`, expected a string",
    );
  });

  it("without a source, a node remark-stringify cannot write is an ArticleError", () => {
    const tree = unified().use(remarkParse).use(remarkGfm).parse("# T\n\n| a |\n| - |\n");
    expect(_outcome(() => mdastToArticle(tree))).toMatchObject({
      error: [{ code: "invalid_value", message: expect.stringContaining("`table` node") }],
    });
  });

  it("reads a tree built by hand (no positions: no place on messages)", () => {
    const tree: Root = {
      type: "root",
      children: [
        { type: "heading", depth: 1, children: [{ type: "text", value: "T" }] },
        { type: "thematicBreak" },
      ],
    };
    expect(mdastToArticle(tree)).toEqual({
      article: parseArticle({
        title: "T",
        lead: [{ type: "raw", format: "markdown", value: "---" }],
      }),
      messages: [
        {
          ruleId: "raw-block",
          source: "marginalia",
          reason: "Kept a thematic break as a raw Markdown block",
          path: ["lead", 0],
        },
      ],
    });
  });
});

describe("articleToMdast and remarkArticleParse", () => {
  for (const { name, markdown } of fixtures) {
    const read = _outcome(() => fromMarkdown(markdown)) as { value?: { article: unknown } };
    if (read.value === undefined) continue;
    const article = read.value.article as Parameters<typeof toMarkdown>[0];
    it(`writes ${name} as toMarkdown does`, () => {
      expect(String(writer.processSync(JSON.stringify(article)))).toBe(toMarkdown(article));
      expect(mdastToArticle(articleToMdast(article)).article).toEqual(article);
    });
  }

  it(`random articles: the tree reads back without its Markdown, and the plugin writes what toMarkdown writes (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(arbitraryArticle, (input) => {
        const canonical = parseArticle(input);
        const back = mdastToArticle(articleToMdast(canonical)).article;
        if (!isDeepStrictEqual(back, canonical)) expect(back).toEqual(canonical);
        expect(String(writer.processSync(JSON.stringify(canonical)))).toBe(toMarkdown(canonical));
      }),
      { numRuns: RUNS },
    );
  });

  it("refuses JSON that is not an article with the issues of fromJson", () => {
    expect(_outcome(() => writer.processSync("{"))).toMatchObject({
      error: [{ code: "invalid_json" }],
    });
    expect(_outcome(() => articleToMdast({ title: "" } as never))).toMatchObject({
      error: [{ code: "empty_text", path: ["title"] }],
    });
  });

  it("lets settings given to remark-stringify win over toMarkdown's", () => {
    const dashes = unified()
      .use(remarkArticleParse)
      .use(remarkStringify, { bullet: "*" })
      .processSync(
        JSON.stringify(
          parseArticle({
            title: "T",
            lead: [{ type: "list", ordered: false, items: [{ type: "paragraph", text: "a" }] }],
          }),
        ),
      );
    expect(String(dashes)).toBe("# T\n\n* a\n");
  });
});
