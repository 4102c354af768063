import { describe, expect, it } from "vitest";
import { type Article, fromJson, parseArticle, safeParseArticle, toJson } from "../../src/index.js";

function chain(length: number) {
  const comments = new Array(length);
  for (let index = 0; index < length; index++) {
    comments[index] =
      index === 0
        ? { id: "c0", author: { name: "A" } }
        : { id: `c${index}`, parentId: `c${index - 1}`, author: { name: "A" } };
  }
  return comments;
}

describe("size and depth", () => {
  it("accepts a 100 000-comment reply chain, each the parent of the next", () => {
    const comments = chain(100_000);
    const article = parseArticle({ title: "T", comments });
    expect(article.comments).toHaveLength(100_000);
    expect(article.comments[99_999]?.parentId).toBe("c99998");
    const back = fromJson(toJson(article, { indent: 0 }));
    expect(back.comments[99_999]?.parentId).toBe("c99998");
  });

  it("accepts the same chain written children first", () => {
    const comments = chain(100_000).reverse();
    expect(safeParseArticle({ title: "T", comments }).success).toBe(true);
  });

  it("finds the one cycle closing a 100 000-comment chain", () => {
    const comments = chain(100_000);
    comments[0] = { ...comments[0], parentId: "c99999" };
    const result = safeParseArticle({ title: "T", comments });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toEqual([
      expect.objectContaining({ code: "parent_cycle", path: ["comments", 0, "parentId"] }),
    ]);
  });

  it("validates a 1 000 000-comment article", () => {
    const comments = new Array(1_000_000);
    for (let index = 0; index < comments.length; index++) {
      comments[index] = {
        id: `c${index}`,
        ...(index % 4 === 0 ? {} : { parentId: `c${index - (index % 4)}` }),
        author: { name: `Reader ${index % 100}` },
        body: [{ type: "paragraph", text: "Thanks!" }],
      };
    }
    const article = parseArticle({ title: "T", comments });
    expect(article.comments).toHaveLength(1_000_000);
    expect(article.comments[999_999]?.parentId).toBe("c999996");
  });

  it("accepts 5 MB of text in one paragraph", () => {
    const text = "Lorem ipsum dolor « sit » amet. ".repeat(160_000);
    expect(text.length).toBeGreaterThan(5_000_000);
    const json = JSON.stringify({
      title: "T",
      lead: [{ type: "paragraph", text, marks: [{ type: "quote", start: 18, end: 25 }] }],
    });
    const article: Article = fromJson(json);
    expect((article.lead[0] as { text: string }).text).toHaveLength(text.length);
  });

  it("reports every duplicate of 100 000 comments sharing one id", () => {
    const comments = Array.from({ length: 100_000 }, () => ({ id: "same", author: { name: "A" } }));
    const result = safeParseArticle({ title: "T", comments });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toHaveLength(99_999);
    expect(result.error.message).toContain("… and 99979 more");
  });
});
