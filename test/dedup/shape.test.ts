// Exact duplicates share more than their normalised text: the kinds of
// their blocks and their URLs. Same text, other structure or links: at most
// a near duplicate.
import { describe, expect, it } from "vitest";
import { _blocksShape } from "../../src/dedup/_text.js";
import { type Block, type Comment, dedupeComments } from "../../src/index.js";

function c(id: string, body: Block[], name = "Zoé"): Comment {
  return { id, author: { name }, status: "published", body };
}
type Paragraph = Extract<Block, { type: "paragraph" }>;
const p = (text: string, url?: string): Paragraph =>
  url === undefined
    ? { type: "paragraph", text }
    : { type: "paragraph", text, marks: [{ type: "link", start: 0, end: 4, url }] };
const TEXT = "look here for the whole story of the closure";

const kinds = (comments: Comment[], options = {}) =>
  dedupeComments(comments, options).duplicates.map((entry) =>
    entry.kind === "copies-article" ? entry.kind : [entry.kind, entry.similarity],
  );

describe("exact duplicates compare block kinds and URLs", () => {
  const different: [string, Block[], Block[]][] = [
    ["link URLs", [p(TEXT, "https://good.example")], [p(TEXT, "https://evil.example")]],
    ["a link and none", [p(TEXT, "https://good.example")], [p(TEXT)]],
    [
      "an ordered and an unordered list",
      [{ type: "list", ordered: true, items: [p("alpha beta gamma delta")] }],
      [{ type: "list", ordered: false, items: [p("alpha beta gamma delta")] }],
    ],
    [
      "two paragraphs and one with a line break",
      [p("first line"), p("second line")],
      [p("first line\nsecond line")],
    ],
    ["a quote and a paragraph", [{ type: "quote", blocks: [p(TEXT)] }], [p(TEXT)]],
    [
      "quotes citing other URLs",
      [{ type: "quote", blocks: [p(TEXT)], cite: "https://a.example" }],
      [{ type: "quote", blocks: [p(TEXT)], cite: "https://b.example" }],
    ],
    ["code and a paragraph", [{ type: "code", value: TEXT }], [p(TEXT)]],
    [
      "links in list items",
      [{ type: "list", ordered: false, items: [p(TEXT, "https://a.example")] }],
      [{ type: "list", ordered: false, items: [p(TEXT, "https://b.example")] }],
    ],
  ];
  for (const [name, left, right] of different) {
    it(`does not call ${name} exact duplicates`, () => {
      const comments = [c("a", left), c("b", right)];
      expect(kinds(comments, { near: false })).toEqual([]);
      // The texts are the same: a near duplicate, similarity 1, when asked.
      expect(kinds(comments)).toEqual([["near", 1]]);
    });
  }

  const same: [string, Block[], Block[]][] = [
    [
      "the same link",
      [p(TEXT, "https://good.example")],
      [p(` ${TEXT.toUpperCase()} `, "https://good.example")],
    ],
    [
      "the same lists",
      [{ type: "list", ordered: true, items: [p("alpha"), p("beta")] }],
      [{ type: "list", ordered: true, items: [p("ALPHA"), p("beta ")] }],
    ],
    [
      "two paragraphs each",
      [p("first line"), p("second line")],
      [p("First line"), p("second  line")],
    ],
  ];
  for (const [name, left, right] of same) {
    it(`calls ${name} exact duplicates`, () => {
      expect(kinds([c("a", left), c("b", right)], { near: false })).toEqual([["exact", 1]]);
    });
  }

  it("keeps author keys apart from texts", () => {
    // Without a separator "name:a" + "bc" would equal "name:ab" + "c".
    const comments = [
      c("a", [p("bc text long enough")], "a"),
      c("b", [p("c text long enough")], "ab"),
    ];
    expect(kinds(comments, { near: false })).toEqual([]);
  });

  it("never mistakes a text for a shape", () => {
    // A text that spells a shape key (NUL, shape, NUL) is not that shape.
    const spelled = `\u0000pp\u0000${"first line second line"}`;
    const comments = [c("a", [p("first line"), p("second line")]), c("b", [p(spelled)])];
    expect(kinds(comments, { near: false, match: "body" })).toEqual([]);
  });

  it("describes shapes without ambiguity", () => {
    expect(_blocksShape([p("x")])).toBe("");
    expect(_blocksShape([])).toBe("");
    expect(_blocksShape([p("x"), p("y")])).toBe("pp");
    expect(_blocksShape([p("x", "ab")])).toBe("pL2:ab");
    expect(_blocksShape([{ type: "list", ordered: false, items: [p("x", "a"), p("y")] }])).toBe(
      "u2.pL1:ap",
    );
    expect(
      _blocksShape([
        { type: "quote", blocks: [p("x")] },
        { type: "image", url: "u" },
      ]),
    ).toBe("q-1.pi");
    // A URL holding what looks like more tokens stays one URL.
    expect(_blocksShape([p("x", "1:pL")])).not.toBe(_blocksShape([p("x", "1")]));
  });
});
