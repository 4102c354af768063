// fromDisqus on our own fixture (test/fixtures/import/threads.disqus.xml,
// made-up text): two threads with one identifier, a deleted thread, a post
// before its thread, a post without dsq:id, an empty message, an unreadable
// boolean, a reply across the merged threads, an absent thread, `__proto__`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fromDisqus } from "../../src/import/disqus.js";
import { parseArticle } from "../../src/index.js";

const xml = readFileSync(
  join(import.meta.dirname, "..", "fixtures", "import", "threads.disqus.xml"),
  "utf8",
);

describe("fromDisqus on our fixture", () => {
  const { articles, messages } = fromDisqus(xml);
  const [page, old] = articles;
  const byId = new Map(page?.comments.map((comment) => [comment.id, comment]));

  it("merges the threads that share an identifier into one article, and reports it", () => {
    expect(articles.map((article) => article.id)).toEqual([
      "counting-herons",
      "https://heron.example/old-page/",
    ]);
    expect(messages.find((message) => message.ruleId === "thread-merged")?.actual).toBe(
      "counting-herons",
    );
    expect(byId.get("502")?.parentId).toBe("503");
    for (const article of articles) expect(parseArticle(article)).toEqual(article);
  });

  it("maps isDeleted, isSpam and an empty message to statuses; a deleted post keeps its reply", () => {
    expect(byId.get("503")?.status).toBe("deleted");
    expect(byId.get("504")?.status).toBe("spam");
    expect(byId.get("505")?.status).toBe("deleted");
    expect(messages.find((message) => message.ruleId === "post-empty")?.actual).toBe("505");
  });

  it("falls back to <id> without dsq:id; reports a missing parent and an unreadable boolean", () => {
    const legacy = byId.get("legacy-7");
    expect(legacy?.parentId).toBeUndefined();
    expect((legacy as unknown as { disqus: Record<string, unknown> }).disqus).toMatchObject({
      parent: "999",
      isSpam: "maybe",
    });
    expect(messages.map((message) => message.ruleId)).toEqual(
      expect.arrayContaining(["parent-missing", "boolean-invalid"]),
    );
  });

  it("reports the posts of an absent thread with their ids", () => {
    expect(messages.find((message) => message.ruleId === "thread-missing")?.actual).toBe("507");
  });

  it('keeps a deleted thread (reported), or leaves it out with `deletedThreads: "skip"`', () => {
    expect(old?.comments.map((comment) => comment.id)).toEqual(["506"]);
    expect(messages.find((message) => message.ruleId === "thread-deleted")?.path).toEqual([
      "articles",
      1,
    ]);
    const skipped = fromDisqus(xml, { deletedThreads: "skip" });
    expect(skipped.articles).toHaveLength(1);
    expect(
      skipped.messages.find((message) => message.ruleId === "thread-deleted")?.path,
    ).toBeUndefined();
  });

  it("keeps `__proto__` as a plain id, threaded under its parent", () => {
    expect(byId.get("__proto__")?.parentId).toBe("501");
    expect(
      Object.getPrototypeOf(page?.comments.find((comment) => comment.id === "__proto__")),
    ).toBe(Object.prototype);
  });

  it("maps the thread's category to a tag and its author to the article's", () => {
    expect(page?.tags).toEqual([{ name: "Field notes", slug: "field-notes", kind: "category" }]);
    expect(page?.authors).toEqual([{ name: "Ada Marsh", email: "marsh@heron.example" }]);
  });
});
