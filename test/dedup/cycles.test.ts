// dedupeComments on parent ids that already form cycles (never a comment
// that is its own parent), and reparenting at scale (linear).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildThread, type Comment, dedupeComments } from "../../src/index.js";

function c(id: string, text: string, extra: Partial<Comment> = {}): Comment {
  return {
    id,
    author: { name: "Zoé" },
    status: "published",
    body: [{ type: "paragraph", text }],
    ...extra,
  };
}

describe("dedupeComments on input cycles", () => {
  it("never makes the kept comment of a 2-cycle its own parent", () => {
    const a = c("a", "same text", { parentId: "b" });
    const b = c("b", "same text", { parentId: "a" });
    const { comments, duplicates, repairs } = dedupeComments([a, b]);
    // a keeps its own parentId: the input object, untouched.
    expect(comments).toEqual([a]);
    expect(comments[0]).toBe(a);
    expect(duplicates.map((entry) => entry.kind)).toEqual(["exact"]);
    expect(repairs).toEqual([
      {
        code: "parent_cycle",
        message:
          'Expected the replies of a removed duplicate to move to the kept comment, found "a" itself among them (its parent ids form a cycle); it keeps its `parentId` rather than become its own parent',
        path: ["comments", 0, "parentId"],
        index: 0,
        id: "a",
        action: "kept",
      },
    ]);
    // Deduplicating again changes nothing.
    expect(dedupeComments(comments)).toEqual({ comments, duplicates: [], repairs: [] });
  });

  it("keeps the earliest of a 3-cycle under its own parent, and moves other replies", () => {
    const comments = [
      c("a", "same text", { parentId: "c", publishedAt: "2012-01-02" }),
      c("b", "same text", { parentId: "a", publishedAt: "2012-01-01" }),
      c("c", "same text", { parentId: "b", publishedAt: "2012-01-03" }),
      c("r", "a reply to c", { parentId: "c" }),
    ];
    const { comments: left, repairs } = dedupeComments(comments, { keep: "earliest" });
    expect(left.map((comment) => [comment.id, comment.parentId])).toEqual([
      ["b", "a"],
      ["r", "b"],
    ]);
    expect(repairs.map((repair) => [repair.index, repair.code, repair.action])).toEqual([
      [1, "parent_cycle", "kept"],
    ]);
  });

  it("leaves a self-parent of the input as it was", () => {
    const a = c("a", "same text", { parentId: "a" });
    const b = c("b", "same text");
    const { comments, repairs } = dedupeComments([a, b]);
    expect(comments).toEqual([a]);
    expect(repairs).toEqual([]);
  });

  it("never creates a self-parent, whatever the parent ids", () => {
    const texts = ["same text", "Same  TEXT", "other words here", "again other"];
    const arbitrary = fc
      .array(
        fc.record({
          text: fc.integer({ min: 0, max: texts.length - 1 }),
          parent: fc.option(fc.nat(), { nil: undefined }),
          author: fc.constantFrom("Zoé", "Max"),
          day: fc.integer({ min: 1, max: 5 }),
        }),
        { maxLength: 20 },
      )
      .map((rows) =>
        rows.map((row, i) =>
          c(`c${i}`, texts[row.text] as string, {
            author: { name: row.author },
            publishedAt: `2012-01-0${row.day}`,
            ...(row.parent === undefined ? {} : { parentId: `c${row.parent % (rows.length + 2)}` }),
          }),
        ),
      );
    for (const options of [{}, { keep: "earliest" as const }, { match: "body" as const }]) {
      fc.assert(
        fc.property(arbitrary, (input) => {
          const once = dedupeComments(input, options);
          for (const comment of once.comments) {
            if (comment.parentId === comment.id) {
              // Only a self-parent the input already had, untouched.
              expect(input).toContain(comment);
            }
          }
          const ids = new Set(once.comments.map((comment) => comment.id));
          for (const comment of once.comments) {
            // A parent id either names a comment left, or is the input's own.
            if (comment.parentId !== undefined && !ids.has(comment.parentId)) {
              const before = input.find((other) => other.id === comment.id);
              expect(comment.parentId).toBe(before?.parentId);
            }
          }
          for (const repair of once.repairs) {
            expect(once.comments.find((comment) => comment.id === repair.id)).toBe(
              input[repair.index],
            );
          }
          expect(once.comments.length + once.duplicates.length).toBe(input.length);
          const twice = dedupeComments(once.comments, options);
          expect(twice.comments).toEqual(once.comments);
          expect(twice.duplicates).toEqual([]);
        }),
        { numRuns: 500 },
      );
    }
  });
});

describe("dedupeComments cutting loops in more than one round", () => {
  it("cuts a loop that a first cut closed (found by fuzzing, input with cycles)", () => {
    const rows: [string, string | null, string, string][] = [
      ["c0", "c4", "t2", "1"],
      ["c1", "c3", "t0", "4"],
      ["c2", "c4", "t0", "2"],
      ["c3", "c1", "t3", "1"],
      ["c4", "c1", "t3", "4"],
      ["c5", "c3", "t0", "3"],
      ["c6", "c5", "t0", "5"],
      ["c7", "c8", "t2", "4"],
      ["c8", "c1", "t3", "1"],
      ["c9", "c1", "t2", "1"],
      ["c10", "c9", "t0", "2"],
    ];
    const texts: Record<string, string> = {
      t0: "t0 long enough text",
      t2: "t2 third words yes",
      t3: "t3 fourth one too",
    };
    const input = rows.map(([id, parentId, text, day]) =>
      c(id, texts[text] as string, {
        publishedAt: `2012-01-0${day}`,
        ...(parentId === null ? {} : { parentId }),
      }),
    );
    const once = dedupeComments(input, { keep: "earliest", near: false });
    for (const comment of once.comments) expect(comment.parentId).not.toBe(comment.id);
    const twice = dedupeComments(once.comments, { keep: "earliest", near: false });
    expect(twice.comments).toEqual(once.comments);
  });
});

describe("dedupeComments reparenting at scale", () => {
  it("moves 50 000 replies under a chain of 50 000 removed article copies in linear time", () => {
    const paragraph = "Le site a été fermé par le FBI vendredi, sans procès ni avertissement.";
    const count = 50_000;
    const comments: Comment[] = [c("root", "the first comment")];
    for (let i = 0; i < count; i++) {
      comments.push(c(`copy${i}`, paragraph, { parentId: i === 0 ? "root" : `copy${i - 1}` }));
    }
    for (let i = 0; i < count; i++) {
      // Empty bodies: never duplicates, never copies, so that the time is
      // the reparenting's (a body is compared with the article otherwise).
      comments.push(c(`reply${i}`, "", { parentId: `copy${count - 1}` }));
    }
    const start = performance.now();
    const { comments: left, duplicates } = dedupeComments(comments, {
      article: [paragraph],
      removeArticleCopies: true,
      near: false,
    });
    const elapsed = performance.now() - start;
    expect(duplicates).toHaveLength(count);
    expect(left).toHaveLength(count + 1);
    expect(left.slice(1).every((comment) => comment.parentId === "root")).toBe(true);
    // Climbing the chain once per reply (quadratic) took 2.5e9 steps.
    expect(elapsed).toBeLessThan(2_000);
  });

  it("cuts 25 000 loops between groups in one linear pass (100 000 comments)", () => {
    // Per unit: c1 is kept over c2 and c3 over c0; c1 sat under c0 and c3
    // under c2, so moving replies would close a loop c1 → c3 → c1.
    const comments: Comment[] = [];
    const units = 25_000;
    for (let u = 0; u < units; u++) {
      const long = `a long comment number ${u} said twice`;
      const short = `short ${u}`;
      comments.push(
        c(`u${u}c0`, short, { publishedAt: "2012-01-02" }),
        c(`u${u}c1`, long, { publishedAt: "2012-01-01", parentId: `u${u}c0` }),
        c(`u${u}c2`, long, { publishedAt: "2012-01-01" }),
        c(`u${u}c3`, short, { publishedAt: "2012-01-01", parentId: `u${u}c2` }),
      );
    }
    const start = performance.now();
    const { comments: left, repairs } = dedupeComments(comments, {
      keep: "earliest",
      near: false,
    });
    const elapsed = performance.now() - start;
    expect(left).toHaveLength(2 * units);
    expect(repairs).toEqual([]);
    expect(buildThread(left).repairs).toEqual([]);
    expect(left.slice(0, 2).map((comment) => [comment.id, comment.parentId])).toEqual([
      ["u0c1", undefined],
      ["u0c3", "u0c1"],
    ]);
    expect(elapsed).toBeLessThan(5_000);
  });
});
