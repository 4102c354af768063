// Threads of any depth: replies deeper than the indentation shows (eight
// levels) say their level (`↳ [9] Name`), so the text stays linear in size.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Comment, fromText, parseArticle, toText } from "../../src/index.js";
import { project } from "./_projection.js";

const chain = (length: number): Comment[] =>
  Array.from({ length }, (_, index) => {
    const comment: Comment = {
      id: `k${index}`,
      author: { name: `Name ${index}` },
      status: "published",
      body: [{ type: "paragraph", text: "Text." }],
    };
    if (index > 0) comment.parentId = `k${index - 1}`;
    return comment;
  });

describe("deep reply chains", () => {
  it("indents eight levels, then writes the level on the author line", () => {
    const article = parseArticle({ title: "Title", comments: chain(10) });
    const text = toText(article);
    const pad = (level: number) => " ".repeat(2 + 4 * level);
    expect(text).toContain(`\n${pad(7)}◦ Name 7\n\n${pad(7)}  Text.\n`);
    expect(text).toContain(`\n${pad(8)}↳ [8] Name 8\n\n${pad(8)}  Text.\n`);
    expect(text).toContain(`\n${pad(8)}↳ [9] Name 9\n\n${pad(8)}  Text.\n`);
    expect(text).not.toContain(pad(9));
    const back = fromText(text).article;
    expect(project(back)).toEqual(project(article));
  });

  it("writes and reads a 30 000-deep chain in linear size", () => {
    const article = parseArticle({ title: "Title", comments: chain(30_000) });
    const text = toText(article);
    // Every comment takes at most 34 + 2 columns of indentation.
    expect(text.length).toBeLessThan(30_000 * 100);
    const { article: back, messages } = fromText(text);
    expect(messages.map((message) => message.ruleId)).toEqual(["comments-heading"]);
    expect(back.comments).toHaveLength(30_000);
    expect(back.comments.every((c, i) => c.parentId === (i === 0 ? undefined : `c${i}`))).toBe(
      true,
    );
  });

  it("keeps branches above, at and below the eighth level", () => {
    const comments = chain(12);
    const reply = (id: string, parentId: string): Comment => ({
      id,
      parentId,
      author: { name: id.toUpperCase() },
      status: "published",
      body: [{ type: "paragraph", text: `Reply ${id}.` }],
    });
    comments.push(reply("a", "k10"), reply("b", "k7"), reply("c", "k8"), reply("d", "k2"));
    comments.push(reply("e", "c"), reply("f", "b"));
    const article = parseArticle({ title: "Title", comments });
    const back = fromText(toText(article)).article;
    expect(project(back)).toEqual(project(article));
  });

  it("keeps generated threads that cross the eighth level (property)", () => {
    // Each comment replies to one of the last three (or is top-level), so
    // chains often pass eight levels and branch on both sides of it.
    const threadArb = fc.array(fc.constantFrom(-1, 1, 1, 1, 2, 3), {
      minLength: 9,
      maxLength: 40,
    });
    fc.assert(
      fc.property(threadArb, (parents) => {
        const comments: Comment[] = parents.map((back, index) => {
          const comment: Comment = {
            id: `p${index}`,
            author: { name: `Name ${index}` },
            status: "published",
            body: [{ type: "paragraph", text: `Text ${index}.` }],
          };
          if (back > 0 && index - back >= 0) comment.parentId = `p${index - back}`;
          return comment;
        });
        const article = parseArticle({ title: "Title", comments });
        const back = fromText(toText(article)).article;
        expect(project(back)).toEqual(project(article));
      }),
      { numRuns: 200 },
    );
  });

  it("reads a level deeper than the open thread as the next level, with a message", () => {
    const text = "Title\n\nComments\n\n  • Ana\n    Hello.\n\n  ↳ [5] Ben\n    Hi.\n";
    const { article, messages } = fromText(text);
    expect(article.comments.map((c) => [c.id, c.parentId, c.author.name])).toEqual([
      ["c1", undefined, "Ana"],
      ["c2", "c1", "Ben"],
    ]);
    expect(messages).toContainEqual({
      ruleId: "reply-level-skipped",
      source: "marginalia",
      reason: "Reply level 5 is deeper than the thread open here allows: read as level 1",
      place: { line: 8, column: 3, offset: 39 },
      actual: "↳ [5] Ben",
    });
  });

  it("reads level 0 as a top-level comment", () => {
    const text = "Title\n\nComments\n\n  • Ana\n\n  ↳ [0] Ben\n";
    const { article } = fromText(text);
    expect(article.comments.map((c) => c.parentId)).toEqual([undefined, undefined]);
  });
});
