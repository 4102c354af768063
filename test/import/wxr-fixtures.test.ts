// fromWxr on our own fixture (test/fixtures/import/statuses.wxr.xml, made-up
// text): what the real files lack — trash statuses, replies before their
// parent, a missing parent, a loop, a reused id, `__proto__` as an id,
// notes, shortcodes and dynamic blocks, an attachment, an untitled draft.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fromWxr } from "../../src/import/wxr.js";
import { parseArticle } from "../../src/index.js";

const xml = readFileSync(
  join(import.meta.dirname, "..", "fixtures", "import", "statuses.wxr.xml"),
  "utf8",
);

describe("fromWxr on our fixture", () => {
  const { articles, messages } = fromWxr(xml);
  const [post, draft] = articles;
  const byId = new Map(post?.comments.map((comment) => [comment.id, comment]));

  it("reads the two posts and skips the attachment with a message", () => {
    expect(articles.map((article) => article.id)).toEqual(["101", "102"]);
    expect(messages.filter((message) => message.ruleId === "item-skipped")).toMatchObject([
      { actual: "attachment" },
    ]);
    for (const article of articles) expect(parseArticle(article)).toEqual(article);
  });

  it("maps comment_approved 1/0/spam/trash/post-trashed to published/pending/spam/removed", () => {
    expect(["11", "16", "15", "13", "14"].map((id) => [id, byId.get(id)?.status])).toEqual([
      ["11", "published"],
      ["16", "pending"],
      ["15", "spam"],
      ["13", "removed"],
      ["14", "removed"],
    ]);
    expect(
      (byId.get("14") as unknown as { wxr: { comment_approved: string } }).wxr.comment_approved,
    ).toBe("post-trashed");
  });

  it("threads replies that come before their parent, and writes each reply after its parent", () => {
    expect(byId.get("12")?.parentId).toBe("11");
    const order = post?.comments.map((comment) => comment.id) ?? [];
    expect(order.indexOf("12")).toBeGreaterThan(order.indexOf("11"));
  });

  it("reports a missing parent, a loop and a reused id, keeping every comment", () => {
    expect(byId.get("16")?.parentId).toBeUndefined();
    expect((byId.get("16") as unknown as { wxr: { parent: string } }).wxr.parent).toBe("99");
    const rules = messages.map((message) => message.ruleId);
    expect(rules).toContain("parent-missing");
    expect(rules).toContain("parent-cycle");
    expect(rules).toContain("duplicate-id");
    expect(byId.get("11~2")?.author.name).toBe("Same id again");
    expect(byId.get("19")?.parentId).toBeUndefined();
    expect(byId.get("20")?.parentId).toBe("19");
    expect(byId.get("__proto__")?.author.name).toBe("Prototype");
    // 12 comments in the item: 11 read, the note left out and recorded.
    expect(post?.comments).toHaveLength(11);
    expect(post?.missingComments).toEqual([{ reason: "filtered", count: 1, ids: ["18"] }]);
  });

  it("keeps ids per post: `__proto__` and 12 again in the draft, threaded", () => {
    expect(draft?.comments.map((comment) => [comment.id, comment.parentId])).toEqual([
      ["__proto__", undefined],
      ["12", "__proto__"],
    ]);
  });

  it("tells pingbacks apart, and keeps notes with `notes: true`", () => {
    expect(byId.get("17")?.kind).toBe("pingback");
    const kept = fromWxr(xml, { notes: true }).articles[0];
    expect(kept?.comments.find((comment) => comment.id === "18")?.kind).toBe("note");
  });

  it("maps the author, the https namespace, dates, categories and tags, and the rest to `wxr`", () => {
    expect(post?.authors).toEqual([{ name: "Ada Marsh", email: "marsh@heron.example", id: "7" }]);
    expect(post?.publishedAt).toBe("2024-01-05T07:00:00Z");
    expect(post?.updatedAt).toBeUndefined();
    expect(byId.get("11")?.publishedAt).toBe("2024-01-06T09:00:00");
    expect(post?.tags).toEqual([
      { name: "Field notes", slug: "field-notes", kind: "category" },
      { name: "Grey heron", slug: "grey-heron", kind: "topic" },
    ]);
    expect(post?.summary).toBe("A dawn count of herons.");
    expect(post?.lang).toBe("en-GB");
    const bag = (post as unknown as { wxr: Record<string, unknown> }).wxr;
    expect(bag.postmeta).toEqual([{ key: "_edit_last", value: "7" }]);
    expect(bag.terms).toEqual([
      { domain: "post_format", slug: "post-format-aside", name: "Aside" },
    ]);
    expect(
      (byId.get("11") as unknown as { wxr: { commentmeta: unknown } }).wxr.commentmeta,
    ).toEqual([{ key: "rating", value: "5" }]);
  });

  it("reads content through the HTML mapping: block comments, caption, embed, headings to sections", () => {
    expect(post?.lead).toEqual([
      {
        type: "paragraph",
        text: "We walked the reed bed at dawn.",
        marks: [{ type: "emphasis", start: 14, end: 22 }],
      },
    ]);
    expect(post?.sections[0]?.heading).toBe("What we saw");
    expect(post?.sections[0]?.blocks.slice(0, 2)).toEqual([
      {
        type: "image",
        url: "https://heron.example/heron.jpg",
        alt: "A heron",
        caption: "A heron on one leg",
      },
      { type: "embed", provider: "youtube", url: "https://www.youtube.com/watch?v=abcdefghijk" },
    ]);
    expect(messages.find((message) => message.ruleId === "block-dynamic")?.actual).toBe(
      "latest-posts",
    );
    expect(messages.find((message) => message.ruleId === "shortcode-kept")?.actual).toBe("gallery");
  });

  it("gives text without <p> its paragraphs and line breaks (wpautop), and a stand-in title", () => {
    expect(draft?.lead.map((block) => (block as { text: string }).text)).toEqual([
      "First paragraph of a draft.",
      "Second paragraph,\nwith a line break.",
    ]);
    expect(draft?.title).toBe("untitled-draft");
    expect(draft?.publishedAt).toBeUndefined();
    expect(messages.map((message) => message.ruleId)).toEqual(
      expect.arrayContaining(["title-missing", "url-invalid"]),
    );
  });
});
