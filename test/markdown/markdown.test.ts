import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Article,
  ArticleError,
  type Comment,
  isArticleError,
  parseArticle,
  type WithUnknown,
} from "../../src/index.js";
import { _checkLimits } from "../../src/markdown/_limits.js";
import * as markdownEntry from "../../src/markdown.js";
import { fromMarkdown, MARKDOWN_LIMITS, toMarkdown } from "../../src/markdown.js";
import { PATHOLOGICAL, PROSE, pathologicalInput } from "./_pathological.js";

function _issues(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    if (isArticleError(error)) return error.issues;
    throw error;
  }
  throw new Error("expected an ArticleError");
}

describe("api", () => {
  it("should expose the public api", () => {
    expect(Object.keys(markdownEntry).sort()).toEqual([
      "MARKDOWN_LIMITS",
      "articleToMdast",
      "fromMarkdown",
      "mdastToArticle",
      "remarkArticle",
      "remarkArticleParse",
      "toMarkdown",
    ]);
  });

  it("throws a TypeError for bad arguments and options", () => {
    expect(() => fromMarkdown(7 as unknown as string)).toThrow(
      "Expected `markdown` of `fromMarkdown` to be a string, found number",
    );
    expect(() => fromMarkdown("# a", { maxSize: 0 })).toThrow(
      "Cannot use 0 for `options.maxSize`, expected a positive whole number",
    );
    expect(() => fromMarkdown("# a", { nope: 1 } as never)).toThrow(
      "Unknown option `options.nope`",
    );
    expect(() => toMarkdown(parseArticle({ title: "a" }), { x: 1 } as never)).toThrow(TypeError);
  });

  it("refuses a carriage return in an article to write, as the model does", () => {
    expect(
      _issues(() =>
        toMarkdown({ title: "a\r", lead: [], sections: [], authors: [], tags: [], comments: [] }),
      ),
    ).toMatchObject([{ code: "invalid_character", path: ["title"] }]);
  });

  it("checks the article given to toMarkdown", () => {
    expect(_issues(() => toMarkdown({ title: "" } as Article))).toMatchObject([
      { code: "empty_text", path: ["title"] },
    ]);
  });
});

describe("bad input", () => {
  it("empty string: no title", () => {
    expect(_issues(() => fromMarkdown(""))).toMatchObject([
      { code: "missing_field", path: ["title"] },
    ]);
  });

  it("CRLF and CR read as LF", () => {
    const lf = fromMarkdown("---\nlang: fr\n---\n\n# T\n\na\nb\n\n> q\n");
    expect(fromMarkdown("---\r\nlang: fr\r\n---\r\n\r\n# T\r\n\r\na\r\nb\r\n\r\n> q\r\n")).toEqual(
      lf,
    );
    expect(fromMarkdown("---\rlang: fr\r---\r\r# T\r\ra\rb\r\r> q\r")).toEqual(lf);
  });

  it("a BOM is ignored", () => {
    expect(fromMarkdown("\uFEFF---\nlang: fr\n---\n# T\n")).toEqual(
      fromMarkdown("---\nlang: fr\n---\n# T\n"),
    );
  });

  it("NUL is removed, with a message", () => {
    const result = fromMarkdown("# T\u0000itle\n\nte\u0000xt\u0000\n");
    expect(result.article.title).toBe("Title");
    expect(result.article.lead).toEqual([{ type: "paragraph", text: "text" }]);
    expect(result.messages).toEqual([
      {
        ruleId: "nul-removed",
        source: "marginalia",
        reason: "Removed 3 NUL character(s) (U+0000), which no article text may hold",
        place: { line: 1, column: 4, offset: 3 },
      },
    ]);
  });

  it("a carriage return from a character reference is refused like parseArticle does", () => {
    expect(_issues(() => fromMarkdown("# T\n\na&#13;b\n"))).toMatchObject([
      { code: "invalid_character", path: ["lead", 0, "text"] },
    ]);
  });

  it("prose is weighed by its characters and delimiters: 256 KiB with links is read, 512 KiB refused; 1 MiB without is read", () => {
    // Two emphasis marks and a link in 85 characters cost remark-parse
    // ~1.7 µs a character (2 MiB took 3.2–3.8 s before they were weighed);
    // plain prose 0.13–0.33 µs.
    const paragraph = `${PROSE.repeat(8)}\n\n`;
    const prose = (size: number) =>
      `# Title\n\n${paragraph.repeat(Math.ceil(size / paragraph.length))}`;
    expect(fromMarkdown(prose(256 * 1024)).article.lead.length).toBeGreaterThan(300);
    expect(_issues(() => fromMarkdown(prose(512 * 1024)))).toMatchObject([
      { code: "input_too_complex", path: [] },
    ]);
    const plain = `${"Le partage de fichiers devant la justice, selon le site. ".repeat(12)}\n\n`;
    const body = plain.repeat(Math.ceil((1024 * 1024) / plain.length));
    expect(fromMarkdown(`# Title\n\n${body}`).article.lead.length).toBeGreaterThan(1500);
  });

  it("a document over maxSize is refused", () => {
    expect(_issues(() => fromMarkdown("a".repeat(101), { maxSize: 100 }))).toEqual([
      {
        code: "input_too_complex",
        message: "Expected Markdown of at most 100 characters (`maxSize`), found 101",
        path: [],
      },
    ]);
  });

  it("nesting over maxNesting is refused with its place", () => {
    expect(_issues(() => fromMarkdown(`# T\n\n${"> ".repeat(40)}a`))).toMatchObject([
      { code: "input_too_complex", place: { line: 3 } },
    ]);
    expect(() => fromMarkdown(`# T\n\n${"> ".repeat(32)}a`)).not.toThrow();
  });

  it("delimiters over maxDelimiters are refused", () => {
    expect(_issues(() => fromMarkdown(`# T\n\n${"*a ".repeat(5000)}`))).toMatchObject([
      { code: "input_too_complex", place: { line: 3 } },
    ]);
    // Fenced code does not count.
    const code = `# T\n\n\`\`\`\n${"*a ".repeat(5000)}\n\`\`\`\n`;
    expect(fromMarkdown(code).article.lead[0]).toMatchObject({ type: "code" });
  });

  it("a fence inside an HTML block does not hide delimiters", () => {
    const input = `# T\n\n<div>\n\`\`\`\n</div>\n\n${"*a ".repeat(5000)}\n`;
    expect(_issues(() => fromMarkdown(input))).toMatchObject([{ code: "input_too_complex" }]);
  });

  it("a marker that cannot be read is kept as raw with a message", () => {
    const result = fromMarkdown("# T\n\n<!-- marginalia:meta {oops} -->\n\ntext\n");
    expect(result.article.lead).toEqual([
      { type: "raw", format: "markdown", value: "<!-- marginalia:meta {oops} -->" },
      { type: "paragraph", text: "text" },
    ]);
    expect(result.messages.map((message) => message.ruleId)).toEqual(["bad-marker"]);
  });

  it("a marker followed by nothing is kept as raw", () => {
    const result = fromMarkdown('# T\n\n<!-- marginalia:meta {"x":1} -->\n');
    expect(result.article.lead).toEqual([
      { type: "raw", format: "markdown", value: '<!-- marginalia:meta {"x":1} -->' },
    ]);
    expect(result.messages.map((message) => message.ruleId)).toEqual(["unused-marker"]);
  });
});

describe("links", () => {
  it("keeps every URL exactly, unsafe ones included", () => {
    const urls = [
      "https://example.org/a_(b)?q=1&r=2#f",
      "https://example.org/<x>*y*",
      "https://example.org/%3Cscript%3E",
      "https://example.org/\\back'\"",
    ];
    for (const url of urls) {
      const article = parseArticle({
        title: "T",
        lead: [
          { type: "paragraph", text: "see", marks: [{ type: "link", start: 0, end: 3, url }] },
        ],
      });
      expect(fromMarkdown(toMarkdown(article)).article).toEqual(article);
    }
    const image = parseArticle({
      title: "T",
      lead: [{ type: "image", url: "javascript:alert(1)" }],
    });
    expect(toMarkdown(image)).toContain("![](javascript:alert\\(1\\))");
    expect(fromMarkdown(toMarkdown(image)).article).toEqual(image);
  });
});

// Counterexamples fast-check found once, kept as regressions.
const REGRESSIONS: [string, unknown][] = [
  [
    "a quote ending with an empty paragraph, with a cite",
    { type: "quote", blocks: [{ type: "paragraph", text: "" }], cite: "https://example.org/" },
  ],
  [
    "marks cutting an emoji in two",
    {
      type: "paragraph",
      text: "👩‍👩‍👧",
      marks: [
        { type: "quote", start: 4, end: 5 },
        { type: "emphasis", start: 4, end: 6 },
      ],
    },
  ],
  ["an embed whose text is only line feeds", { type: "embed", text: "\n\n" }],
  ["a code block whose language is `embed`", { type: "code", lang: "embed", value: "x: 1" }],
  ["an image URL with a line feed", { type: "image", url: "a\nb", alt: "", caption: "" }],
  [
    "an underscore inside emphasis before a letter written as a reference",
    {
      type: "list",
      ordered: false,
      items: [
        {
          type: "paragraph",
          text: "+ v_\u{16898}\ua073\u0edf",
          marks: [
            { type: "strong", start: 0, end: 7 },
            { type: "emphasis", start: 0, end: 6 },
          ],
        },
      ],
    },
  ],
  [
    "an asterisk inside strong emphasis",
    {
      type: "paragraph",
      text: "a*b\u{16898} c",
      marks: [{ type: "strong", start: 0, end: 5 }],
    },
  ],
];

describe("round trip regressions", () => {
  for (const [name, block] of REGRESSIONS) {
    it(name, () => {
      const article = parseArticle({ title: "# x", lead: [block] });
      expect(fromMarkdown(toMarkdown(article)).article).toEqual(article);
    });
  }
  it("a front matter string the yaml package would fold", () => {
    const article = parseArticle({
      title: "# x",
      summary: "# x\n \n\n# x<!-- marginalia:meta {} -->",
    });
    expect(fromMarkdown(toMarkdown(article)).article).toEqual(article);
  });
});

describe("the README example", () => {
  it("is written back byte for byte", () => {
    const example = readFileSync(
      join(import.meta.dirname, "../fixtures/markdown/example.md"),
      "utf8",
    );
    const { article, messages } = fromMarkdown(example);
    expect(toMarkdown(article)).toBe(example);
    expect(article.comments.map((comment) => [comment.id, comment.parentId])).toEqual([
      ["c1", undefined],
      ["c2", "c1"],
      ["c3", "c2"],
    ]);
    expect(messages.map((message) => message.ruleId)).toEqual(["raw-block"]);
  });
});

describe("comments", () => {
  it("a reply chain 200 deep round-trips", () => {
    const comments: Comment[] = [];
    for (let index = 0; index < 200; index++) {
      const comment: Comment = {
        id: `c${index}`,
        author: { name: `Reader ${index}` },
        status: "published",
        body: [{ type: "paragraph", text: `> reply ${index}` }],
      };
      if (index > 0) comment.parentId = `c${index - 1}`;
      comments.push(comment);
    }
    const article = parseArticle({ title: "Deep", comments });
    const back = fromMarkdown(toMarkdown(article)).article;
    expect(back).toEqual(article);
    expect(back.comments[199]?.parentId).toBe("c198");
  });
});

describe("pathological inputs", () => {
  for (const pattern of PATHOLOGICAL) {
    it(`${pattern.name} at 1 MiB: parsed, or refused with a typed error`, () => {
      const input = pathologicalInput(pattern, 1024 * 1024);
      let error: unknown;
      let title: string | undefined;
      try {
        title = fromMarkdown(input).article.title;
      } catch (caught) {
        error = caught;
      }
      if (error === undefined) {
        // Parsed (timed in the bench, not here).
        expect(title).toBe("Title");
        return;
      }
      expect(error).toBeInstanceOf(ArticleError);
      expect((error as ArticleError).issues).toHaveLength(1);
      expect((error as ArticleError).issues[0]?.code).toBe("input_too_complex");
      // A refusal comes from the linear scan before remark-parse runs (its
      // time is measured in the bench, never here: the machine is shared).
      expect(_checkLimits(input, MARKDOWN_LIMITS)).toEqual((error as ArticleError).issues[0]);
    });
  }
  for (const pattern of PATHOLOGICAL) {
    const size = pattern.refuseAt;
    if (size === undefined) continue;
    it(`${pattern.name} at ${size} code units is refused by the default limits`, () => {
      const input = pathologicalInput(pattern, size);
      expect(input.length).toBeGreaterThan(size * 0.95);
      expect(input.length).toBeLessThanOrEqual(MARKDOWN_LIMITS.maxSize);
      expect(_issues(() => fromMarkdown(input))).toMatchObject([
        { code: "input_too_complex", path: [], place: { line: expect.any(Number) } },
      ]);
    });
  }
});

const MARKDOWN_PIECES = [
  "# x",
  "## y",
  "#### z",
  "> q",
  "> — A",
  "- a",
  "1. b",
  "* c",
  "***",
  "---",
  "```js\ncode\n```",
  "~~~\n~~~",
  "    indented",
  "| a | b |\n|---|---|\n| 1 | 2 |",
  "[a](https://x.y)",
  "[r]: https://x.y",
  "[r]",
  "![i](j)",
  "<div>x</div>",
  "<!-- c -->",
  "<em>e</em>",
  "<q>q</q>",
  "*e* **s** `c`",
  "text",
  "a  \nb",
  "$$\nx\n$$",
  "[^1]: n",
  ":::",
  "```embed\nprovider: x\n```",
  '<!-- marginalia:meta {"id":"s"} -->',
  '<!-- marginalia:comment {"id":"c","author":{"name":"N"}} -->',
  "\\* \\_",
  "&amp; &copy;",
];

describe("fixpoint", () => {
  it("toMarkdown(fromMarkdown(m).article) is a fixpoint after one pass", () => {
    const document = fc
      .array(fc.oneof(fc.constantFrom(...MARKDOWN_PIECES), fc.string({ maxLength: 6 })), {
        maxLength: 8,
      })
      .chain((pieces) =>
        fc
          .array(fc.constantFrom("\n", "\n\n"), {
            minLength: pieces.length,
            maxLength: pieces.length,
          })
          .map(
            (joins) => `# Title\n\n${pieces.map((piece, index) => piece + joins[index]).join("")}`,
          ),
      );
    fc.assert(
      fc.property(document, (markdown) => {
        let first: Article;
        try {
          first = fromMarkdown(markdown).article;
        } catch (error) {
          if (isArticleError(error)) return; // bad input gets a typed error
          throw error;
        }
        const once = toMarkdown(first);
        const second = fromMarkdown(once).article;
        if (!isDeepStrictEqual(second, first))
          expect({ once, second }).toEqual({ once, second: first });
        expect(toMarkdown(second)).toBe(once);
      }),
      { numRuns: Number(process.env.MARKDOWN_FIXPOINT_RUNS ?? 300) },
    );
  });
});

describe("limits", () => {
  it("documents its defaults", () => {
    expect(MARKDOWN_LIMITS).toEqual({
      maxDelimiters: 4096,
      maxLines: 50000,
      maxNesting: 32,
      maxSize: 2097152,
    });
  });
});

describe("front matter", () => {
  it("refuses a YAML alias bomb with input_too_complex and its place", () => {
    const laughs = [
      "a: &a [x,x,x,x,x,x,x,x,x,x]",
      "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]",
      "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]",
      "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]",
      "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]",
      "f: [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]",
    ].join("\n");
    expect(_issues(() => fromMarkdown(`---\n${laughs}\n---\n# T\n`))).toMatchObject([
      { code: "input_too_complex", path: [], place: { line: 1, column: 1 } },
    ]);
    // A few aliases are fine.
    const small = fromMarkdown("---\nx: &a [1]\ny: [*a, *a]\n---\n# T\n").article;
    expect(small).toMatchObject({ x: [1], y: [[1], [1]] });
  });
});

function _nested(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = 1;
  for (let index = 0; index < depth; index++) value = wrap(value);
  return value;
}

describe("deep unknown values", () => {
  it("are written (in an article marker) and read back deep-equal, up to 1 000 levels", () => {
    for (const depth of [15, 16, 40, 700, 999]) {
      for (const wrap of [(a: unknown) => ({ a }), (a: unknown) => [a]]) {
        const article = parseArticle({
          title: "x",
          summary: "s",
          x: _nested(depth, wrap),
          authors: [{ name: "A", deep: _nested(depth, wrap) }],
          lead: [{ type: "embed", provider: "p", deep: _nested(depth, wrap) }],
        });
        const markdown = toMarkdown(article);
        const back = fromMarkdown(markdown).article;
        expect(back).toEqual(article);
        expect(toMarkdown(back)).toBe(markdown);
      }
    }
  });

  it("without front matter, the article marker comes first", () => {
    const article = parseArticle({ title: "x", x: _nested(40, (a) => [a]) });
    const markdown = toMarkdown(article);
    expect(markdown.startsWith("<!-- marginalia:article ")).toBe(true);
    expect(fromMarkdown(markdown).article).toEqual(article);
  });

  it("keeps shallow values in front matter", () => {
    const markdown = toMarkdown(parseArticle({ title: "x", x: _nested(14, (a) => ({ a })) }));
    expect(markdown.startsWith("---\nx:\n")).toBe(true);
    expect(markdown).not.toContain("marginalia:article");
  });

  it("an article marker must come first, and may not repeat a front matter key", () => {
    const late = fromMarkdown('# T\n\n<!-- marginalia:article {"x":1} -->\n');
    expect(late.article.lead).toEqual([
      { type: "raw", format: "markdown", value: '<!-- marginalia:article {"x":1} -->' },
    ]);
    expect(late.messages.map((message) => message.ruleId)).toEqual(["bad-marker"]);
    expect(
      _issues(() => fromMarkdown('---\nx: 1\n---\n<!-- marginalia:article {"x":2} -->\n# T\n')),
    ).toMatchObject([{ code: "invalid_value", path: ["x"], place: { line: 4 } }]);
    expect(
      _issues(() => fromMarkdown('<!-- marginalia:article {"lead":[]} -->\n# T\n')),
    ).toMatchObject([{ code: "invalid_value", path: ["lead"], place: { line: 1 } }]);
  });
});

describe("front matter nesting and keys", () => {
  it("deep flow and block YAML is input_too_complex with a place, not a stack overflow", () => {
    for (const depth of [65, 900, 5000, 50000]) {
      for (const [open, close] of [
        ["{a: ", "}"],
        ["[", "]"],
      ]) {
        const input = `---\nx: ${open?.repeat(depth)}1${close?.repeat(depth)}\n---\n# T\n`;
        expect(_issues(() => fromMarkdown(input))).toMatchObject([
          { code: "input_too_complex", path: [], place: { line: 2 } },
        ]);
      }
    }
    const block = `---\n${Array.from({ length: 200 }, (_, index) => `${"  ".repeat(index)}a:`).join("\n")} 1\n---\n# T\n`;
    expect(_issues(() => fromMarkdown(block))).toMatchObject([
      { code: "input_too_complex", place: { line: 131 } },
    ]);
    const compact = `---\nx:\n  ${"- ".repeat(200)}1\n---\n# T\n`;
    expect(_issues(() => fromMarkdown(compact))).toMatchObject([
      { code: "input_too_complex", place: { line: 3 } },
    ]);
    // 64 levels are read.
    const ok = `---\nx: ${"[".repeat(63)}1${"]".repeat(63)}\n---\n# T\n`;
    expect((fromMarkdown(ok).article as WithUnknown<Article>).x).toEqual(_nested(63, (a) => [a]));
    // Brackets inside strings and comments do not count.
    const quoted = `---\nx: '${"[".repeat(300)}' # ${"{".repeat(300)}\ny: "${"[".repeat(300)}"\n---\n# T\n`;
    expect((fromMarkdown(quoted).article as WithUnknown<Article>).x).toBe("[".repeat(300));
  });

  it("refuses a key that is a collection, with no warning", () => {
    const warnings: unknown[] = [];
    const listener = (warning: unknown) => warnings.push(warning);
    process.on("warning", listener);
    try {
      expect(_issues(() => fromMarkdown("---\n? [a]\n: 1\n---\n# T\n"))).toMatchObject([
        { code: "invalid_type", path: [], place: { line: 2, column: 3 } },
      ]);
      expect(_issues(() => fromMarkdown("---\nx:\n  {a: 1}: 2\n---\n# T\n"))).toMatchObject([
        { code: "invalid_type", place: { line: 3, column: 3 } },
      ]);
      // In an embed: kept as code, with a message.
      const embed = fromMarkdown("# T\n\n```embed\n? [a]\n: 1\n```\n");
      expect(embed.article.lead[0]).toMatchObject({ type: "code", lang: "embed" });
      expect(embed.messages.map((message) => message.ruleId)).toEqual(["bad-embed"]);
    } finally {
      process.off("warning", listener);
    }
    expect(warnings).toEqual([]);
  });
});

describe("what toMarkdown writes, fromMarkdown reads under its default limits", () => {
  const roundTrip = (input: unknown) => {
    const article = parseArticle(input);
    const markdown = toMarkdown(article);
    const back = fromMarkdown(markdown).article;
    expect(back).toEqual(article);
    expect(toMarkdown(back)).toBe(markdown);
    return markdown;
  };

  it("a paragraph of 2 100 `*` (written in a block marker)", () => {
    const markdown = roundTrip({
      title: "x",
      lead: [{ type: "paragraph", text: "*".repeat(2100) }],
    });
    expect(markdown).toContain("<!-- marginalia:block ");
  });

  it("a paragraph of 4 100 lines, and one of 3 000 emphasis marks", () => {
    roundTrip({ title: "x", lead: [{ type: "paragraph", text: `${"a\n".repeat(4100)}a` }] });
    roundTrip({
      title: "x",
      lead: [
        {
          type: "paragraph",
          text: "ab".repeat(3000),
          marks: Array.from({ length: 3000 }, (_, index) => ({
            type: "emphasis",
            start: 2 * index,
            end: 2 * index + 1,
          })),
        },
      ],
    });
  });

  it("a heavy title goes in front matter, heavy blocks in comments too", () => {
    const markdown = roundTrip({
      title: "_".repeat(5000),
      sections: [
        {
          heading: "h",
          level: 2,
          blocks: [{ type: "quote", blocks: [{ type: "paragraph", text: "[".repeat(3000) }] }],
        },
      ],
      comments: [
        { id: "c", author: { name: "a" }, body: [{ type: "paragraph", text: "&".repeat(3000) }] },
      ],
    });
    expect(markdown.startsWith("---\ntitle: ")).toBe(true);
  });

  // Each costs a marker (3 and its 80 characters 2.5), `**a**` (5, and
  // 3.5 for its delimiters) and its text (5): about 2 600 fit the default
  // 50 000 (3 800 before characters and delimiters were weighed).
  it("2 600 one-line comments", () => {
    const markdown = roundTrip({
      title: "x",
      comments: Array.from({ length: 2600 }, (_, index) => ({
        id: `c${index}`,
        author: { name: "a" },
        body: [{ type: "paragraph", text: "t" }],
      })),
    });
    expect(markdown.length).toBeGreaterThan(100_000);
  });

  it("an article over the limits however written is refused by toMarkdown, typed", () => {
    const input = {
      title: "x",
      comments: Array.from({ length: 100 }, (_, index) => ({
        id: `c${index}`,
        author: { name: "a" },
        body: [{ type: "paragraph", text: "t" }],
      })),
    };
    expect(_issues(() => toMarkdown(parseArticle(input), { maxLines: 1000 }))).toMatchObject([
      { code: "input_too_complex", path: [] },
    ]);
    // With the reader's limits raised, both sides agree.
    const markdown = toMarkdown(parseArticle(input), { maxLines: 2000 });
    expect(fromMarkdown(markdown, { maxLines: 2000 }).article).toEqual(parseArticle(input));
    expect(() => fromMarkdown(markdown, { maxLines: 1000 })).toThrow(ArticleError);
  });

  it("delimiters inside an HTML comment do not count; escapes do", () => {
    expect(() => fromMarkdown(`# T\n\n<!-- ${"*a ".repeat(5000)} -->\n`)).not.toThrow();
    expect(() => fromMarkdown(`# T\n\n<!--\n${"*a\n".repeat(3000)}-->\n`)).not.toThrow();
    expect(_issues(() => fromMarkdown(`# T\n\n${"\\*".repeat(2100)}\n`))).toMatchObject([
      { code: "input_too_complex" },
    ]);
  });
});

describe("a leading BOM in a YAML key (issue #11)", () => {
  it("round trips the first front matter key and an embed's first unknown key", () => {
    for (const input of [
      { title: "T", "\ufeffk": 1 },
      { title: "T", "\ufeff": "\ufeffv", "\ufeffb": ["\ufeff"] },
      { title: "T", lead: [{ type: "embed", "\ufeffk": 1 }] },
      { title: "T", lead: [{ type: "embed", "\ufeffk": { "\ufeffj": 2 }, url: "https://a.b/" }] },
    ]) {
      const article = parseArticle(input);
      expect(fromMarkdown(toMarkdown(article)).article).toEqual(article);
    }
  });
});

describe("front matter size", () => {
  it("repeated keys are refused (1 and '1' included); 19 000 keys are read", () => {
    expect(_issues(() => fromMarkdown("---\nx:\n  1: a\n  '1': b\n---\n# T\n"))).toMatchObject([
      { code: "invalid_syntax", place: { line: 4, column: 3 } },
    ]);
    // Each line costs 2.25 and its characters 1/32 each: 19 000 fit the
    // default 50 000 (20 000 did before characters were weighed).
    const keys = Array.from({ length: 19000 }, (_, index) => `k${index}: 1`).join("\n");
    expect(Object.keys(fromMarkdown(`---\n${keys}\n---\n# T\n`).article)).toHaveLength(19006);
  });

  it("front matter lines count against maxLines with nothing after the front matter (issue #11)", () => {
    const input = `---\ntitle: T\nx:\n${"  - a\n".repeat(70000)}---\n`;
    // 1 000 lines at 2.25 each, and 1/32 a character (5 a line): over on
    // the 416th line.
    expect(_issues(() => fromMarkdown(input, { maxLines: 1000 }))).toMatchObject([
      { code: "input_too_complex", path: [], place: { line: 416, column: 6 } },
    ]);
    expect(_issues(() => fromMarkdown(input))).toMatchObject([{ code: "input_too_complex" }]);
    expect(fromMarkdown("---\ntitle: T\nx:\n  - a\n---\n", { maxLines: 12 }).article).toMatchObject(
      { title: "T", x: ["a"] },
    );
  });

  it("YAML flow collections count against maxLines (issue #11)", () => {
    const flat = `---\ntitle: T\nx: [${"a, ".repeat(100000)}a]\n---\n`;
    expect(_issues(() => fromMarkdown(flat))).toMatchObject([
      { code: "input_too_complex", place: { line: 3 } },
    ]);
    const unit = `${"[".repeat(60)}${"]".repeat(60)}, `;
    const deep = `---\ntitle: T\nx: [${unit.repeat(Math.floor((2 * 1024 * 1024 - 64) / unit.length))}a]\n---\n`;
    expect(_issues(() => fromMarkdown(deep))).toMatchObject([
      { code: "input_too_complex", place: { line: 3 } },
    ]);
    // Under the limit, read.
    expect(
      (
        fromMarkdown(`---\ntitle: T\nx: [${"a, ".repeat(999)}a]\n---\n`)
          .article as WithUnknown<Article>
      ).x,
    ).toHaveLength(1000);
  });

  it("an embed's lines are YAML and count against maxLines (issue #11)", () => {
    const embed = `# T\n\n\`\`\`embed\ntext: |\n${"  aaaaaaaaaaaaaaa\n".repeat(60000)}\`\`\`\n`;
    expect(_issues(() => fromMarkdown(embed))).toMatchObject([{ code: "input_too_complex" }]);
    // Indented by up to three spaces, too (the scan cannot tell whether
    // it belongs to a list item, so it reads the lines as usual, and adds
    // what the YAML costs): 2 000 lines cost 3.25 each.
    const indented = `# T\n\n   \`\`\`embed\n   text: |\n${"     aaaaaaaaaaaaaaa\n".repeat(2000)}   \`\`\`\n`;
    expect(_issues(() => fromMarkdown(indented, { maxLines: 5000 }))).toMatchObject([
      { code: "input_too_complex" },
    ]);
    expect(fromMarkdown(indented, { maxLines: 8000 }).article.lead[0]).toMatchObject({
      type: "embed",
    });
  });

  it("a block scalar longer than 256 characters is read (not taken for indentation)", () => {
    const text = "a".repeat(300);
    const input = `---\ntitle: T\nx: |\n${"  a\n".repeat(100)}y: >-\n  ${text}\n---\n`;
    const article: WithUnknown<Article> = fromMarkdown(input).article;
    expect(article.x).toBe("a\n".repeat(100));
    expect(article.y).toBe(text);
    const embed = fromMarkdown(`# T\n\n\`\`\`embed\ntext: |\n  ${text}\n\`\`\`\n`);
    expect(embed.article.lead).toEqual([{ type: "embed", text: `${text}\n` }]);
    expect(embed.messages).toEqual([]);
  });

  it("front matter lines count against maxLines", () => {
    const keys = Array.from({ length: 80000 }, (_, index) => `k${index}: 1`).join("\n");
    expect(_issues(() => fromMarkdown(`---\n${keys}\n---\n# T\n`))).toMatchObject([
      { code: "input_too_complex" },
    ]);
  });
});
