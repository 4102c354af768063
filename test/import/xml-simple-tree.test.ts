// The bodies the XML importers read without parse5 (paragraphs and
// headings holding links, emphasis and line breaks, block editor comments
// between them) give what the one
// HTML → blocks mapping gives through parse5, and bodies outside that
// shape still go through parse5.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { _htmlBlocks } from "../../src/import/_xml-html.js";

const word = fc.constantFrom(
  "word",
  "Mot",
  " ",
  "  ",
  "\n",
  "\t",
  "\u00a0",
  "\u200b",
  "«",
  "»",
  "“",
  "”",
  '"',
  "'",
  ">",
  "日本",
  "🐦",
  ".",
);
const text = fc.array(word, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(""));
const href = fc.constantFrom(
  "https://example.org/a",
  "/relative",
  "javascript:alert(1)",
  "",
  " https://example.org/b ",
  "mailto:a@example.org",
);
const tagName = fc.constantFrom("a", "b", "strong", "i", "em", "code", "u", "s", "span", "small");

const inline: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? fc.oneof(text, fc.constantFrom("<br>", "<br/>", "<br />"))
    : fc.oneof(
        { weight: 3, arbitrary: text },
        { weight: 1, arbitrary: fc.constantFrom("<br>", "<br/>") },
        {
          weight: 2,
          arbitrary: fc
            .tuple(
              tagName,
              href,
              fc.constantFrom("", ' rel="nofollow noopener"', ' title="t"'),
              fc.array(inline(depth - 1), { maxLength: 3 }),
            )
            .map(([name, url, extra, children]) =>
              name === "a"
                ? `<a href="${url}"${extra}>${children.join("")}</a>`
                : `<${name}>${children.join("")}</${name}>`,
            ),
        },
      ),
);
const block = fc.constantFrom("p", "p", "p", "h2", "h3", "h6");
const between = fc.constantFrom(
  "",
  " ",
  "\n",
  "\n\n",
  "\n<!-- wp:paragraph -->\n",
  "<!-- /wp:heading -->",
);
const body = fc
  .array(fc.tuple(block, fc.array(inline(3), { maxLength: 4 }), between), {
    minLength: 1,
    maxLength: 4,
  })
  .map((blocks) =>
    blocks.map(([name, parts, gap]) => `<${name}>${parts.join("")}</${name}>${gap}`).join(""),
  );

describe("bodies read without parse5", () => {
  it("give what the mapping gives through parse5 (fast-check, 500 runs)", () => {
    fc.assert(
      fc.property(
        body,
        fc.constantFrom(undefined, "https://base.example/x/"),
        fc.boolean(),
        (html, base, headings) => {
          const fast = _htmlBlocks(html, { base, headings, fast: true });
          const slow = _htmlBlocks(html, { base, headings, fast: false });
          expect(fast).toEqual(slow);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("leave other shapes to parse5, with the same result", () => {
    for (const html of [
      "<p><a href='x'>single quotes</a></p>",
      '<p><a href="https://e.org">one <a href="https://f.org">two</a></a></p>',
      "<p><b>misnested <i>marks</b> here</i></p>",
      "<p>an &amp; entity</p>",
      "<p>open <b>never closed</p>",
      "text <p>before</p>",
      "<P>upper</P>",
      "<p><h2>heading</h2></p>",
      "<p>a</br>b</p>",
      "<p>carriage\r\nreturn <b>x</b></p>",
      "<!-- a -- b --><p>dashes in a comment</p>",
      "<!-- a --!> <p>ends early</p> -->",
      "<!--><p>abrupt comment</p>",
      "<h2>one <h3>in another</h3></h2>",
      "<p><!-- inside --> a paragraph</p>",
    ]) {
      for (const headings of [false, true]) {
        const fast = _htmlBlocks(html, { base: undefined, headings, fast: true });
        const slow = _htmlBlocks(html, { base: undefined, headings, fast: false });
        expect(fast, html).toEqual(slow);
      }
    }
    // A link is a link mark on its paragraph's text.
    expect(
      _htmlBlocks('<p>see <a href="https://e.org/">this</a> and <b>that</b></p>', {
        base: undefined,
        headings: false,
      }).items,
    ).toEqual([
      {
        type: "paragraph",
        text: "see this and that",
        marks: [
          { type: "link", start: 4, end: 8, url: "https://e.org/" },
          { type: "strong", start: 13, end: 17 },
        ],
      },
    ]);
  });
});
