// The fields the importers added to the model (comment `kind`, status
// `removed`, the article's `missingComments`) survive Markdown, and the
// visible byline says the kind.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";
import { fromMarkdown, toMarkdown } from "../../src/markdown.js";

const article = parseArticle({
  title: "Un fil importé",
  comments: [
    {
      id: "1",
      author: { name: "Léa" },
      kind: "comment",
      body: [{ type: "paragraph", text: "Oui." }],
    },
    { id: "2", parentId: "1", author: { name: "[removed]" }, status: "removed" },
    { id: "3", author: { name: "Un blog" }, kind: "pingback", score: 2 },
    { id: "4", author: { name: "Rédaction" }, status: "pending", kind: "note" },
  ],
  commentCount: 14,
  missingComments: [
    { reason: "collapsed", count: 7, ids: ["a1", "a2"] },
    { reason: "hosted-elsewhere", provider: "Disqus", url: "https://exemple.disqus.com/", x: 1 },
  ],
});

describe("the import fields in Markdown", () => {
  it("round-trip exactly", () => {
    const markdown = toMarkdown(article);
    const back = fromMarkdown(markdown);
    expect(back.messages).toEqual([]);
    expect(back.article).toEqual(article);
    expect(toMarkdown(back.article)).toBe(markdown);
  });

  it("write the kind and the removed status in the byline, and missingComments in front matter", () => {
    const markdown = toMarkdown(article);
    expect(markdown).toContain("**Un blog** · pingback · score 2");
    expect(markdown).toContain("**Rédaction** · pending · note");
    expect(markdown).toContain("**\\[removed]** · reply to 1 · removed");
    expect(markdown).not.toContain("· comment");
    expect(markdown).toMatch(/^missingComments:/m);
  });

  it("keeps a byline that no longer matches the marker as body text", () => {
    const markdown = toMarkdown(article).replace("· pingback ·", "· trackback ·");
    const back = fromMarkdown(markdown).article;
    expect(back.comments[2]?.kind).toBe("pingback");
    expect(back.comments[2]?.body[0]).toMatchObject({ type: "paragraph" });
  });
});
