import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type Article,
  buildThread,
  type Comment,
  commentCounts,
  flattenThread,
  isArticleError,
  outline,
  type Section,
  sortThread,
  type ThreadNode,
  threadStats,
  walkThread,
} from "../../src/index.js";
import * as threadModule from "../../src/thread/index.js";

function c(id: string, parentId?: string, extra: Partial<Comment> = {}): Comment {
  const comment: Comment = {
    id,
    author: { name: `author of ${id}` },
    status: "published",
    body: [{ type: "paragraph", text: `body of ${id}` }],
    ...extra,
  };
  if (parentId !== undefined) comment.parentId = parentId;
  return comment;
}

/** Every node with its parent, depth first, collected without recursion. */
function nodes(roots: readonly ThreadNode[]): [ThreadNode, ThreadNode | undefined][] {
  const result: [ThreadNode, ThreadNode | undefined][] = [];
  walkThread(roots, (node, parent) => {
    result.push([node, parent]);
  });
  return result;
}

/** The invariants every built thread keeps, whatever the input. */
function expectWellFormed(comments: readonly Comment[], roots: readonly ThreadNode[]): void {
  const all = nodes(roots);
  expect(all.length).toBe(comments.length);
  for (const [node, parent] of all) {
    if (parent === undefined) {
      expect(node.depth).toBe(0);
      expect(node.comment.parentId).toBeUndefined();
    } else {
      expect(node.depth).toBe(parent.depth + 1);
      expect(node.comment.parentId).toBe(parent.comment.id);
    }
  }
  // Every input comment exactly once: repaired ones are copies, so match on the body.
  const bodies = all.map(([node]) => JSON.stringify(node.comment.body)).sort();
  expect(bodies).toEqual(comments.map((comment) => JSON.stringify(comment.body)).sort());
}

describe("thread module", () => {
  it("should expose the public api", () => {
    expect(Object.keys(threadModule).sort()).toEqual([
      "buildThread",
      "commentCounts",
      "flattenThread",
      "outline",
      "sortThread",
      "threadStats",
      "walkThread",
    ]);
  });
});

describe("buildThread", () => {
  it("builds replies under their parents, in document order, with depths", () => {
    const comments = [c("a"), c("b", "a"), c("c"), c("d", "b"), c("e", "a")];
    const { roots, repairs } = buildThread(comments);
    expect(repairs).toEqual([]);
    expect(roots.map((node) => node.comment.id)).toEqual(["a", "c"]);
    const a = roots[0] as ThreadNode;
    expect(a.replies.map((node) => node.comment.id)).toEqual(["b", "e"]);
    expect(a.replies[0]?.replies[0]?.comment.id).toBe("d");
    expect(a.replies[0]?.replies[0]?.depth).toBe(2);
    expect(a.comment).toBe(comments[0]);
  });

  it("attaches a reply listed before its parent", () => {
    const { roots, repairs } = buildThread([c("b", "a"), c("a")]);
    expect(repairs).toEqual([]);
    expect(roots.map((node) => node.comment.id)).toEqual(["a"]);
    expect(roots[0]?.replies[0]?.depth).toBe(1);
  });

  const cases: [string, Comment[], [string, string, string][]][] = [
    ["an orphan", [c("a"), c("b", "gone")], [["missing_parent", "b", "made-root"]]],
    ["a self-parent", [c("a", "a"), c("b", "a")], [["parent_cycle", "a", "made-root"]]],
    ["a cycle of two", [c("a", "b"), c("b", "a"), c("x")], [["parent_cycle", "a", "made-root"]]],
    [
      "a cycle of ten",
      Array.from({ length: 10 }, (_, i) => c(`k${i}`, `k${(i + 1) % 10}`)),
      [["parent_cycle", "k0", "made-root"]],
    ],
    [
      "every comment its own parent",
      [c("a", "a"), c("b", "b"), c("c", "c")],
      [
        ["parent_cycle", "a", "made-root"],
        ["parent_cycle", "b", "made-root"],
        ["parent_cycle", "c", "made-root"],
      ],
    ],
    [
      "duplicate ids with different bodies",
      [c("a"), c("a", undefined, { body: [{ type: "paragraph", text: "other" }] }), c("r", "a")],
      [["duplicate_id", "a", "kept"]],
    ],
    [
      "a duplicate id that is also an orphan",
      [c("a"), c("a", "gone", { body: [] })],
      [
        ["duplicate_id", "a", "kept"],
        ["missing_parent", "a", "made-root"],
      ],
    ],
    [
      "ids that are Object.prototype names",
      [
        c("__proto__"),
        c("constructor", "__proto__"),
        c("hasOwnProperty", "constructor"),
        c("toString", "valueOf"),
      ],
      [["missing_parent", "toString", "made-root"]],
    ],
  ];
  for (const [name, comments, expected] of cases) {
    it(`repairs ${name}`, () => {
      const { roots, repairs } = buildThread(comments);
      expect(repairs.map((repair) => [repair.code, repair.id, repair.action])).toEqual(expected);
      expectWellFormed(comments, roots);
      expect(() => buildThread(comments, { onInvalid: "throw" })).toThrowError(
        expect.objectContaining({
          name: "ArticleError",
          issues: expect.arrayContaining([expect.objectContaining({ code: expected[0]?.[0] })]),
        }),
      );
    });
  }

  it("sends replies to a duplicated id to the first comment holding it", () => {
    const comments = [c("a"), c("a", undefined, { body: [] }), c("r", "a")];
    const { roots } = buildThread(comments);
    expect(roots.length).toBe(2);
    expect(roots[0]?.replies.map((node) => node.comment.id)).toEqual(["r"]);
    expect(roots[1]?.replies).toEqual([]);
  });

  it("does not mutate its input and copies only repaired comments", () => {
    const comments = [c("a"), c("b", "gone")];
    const frozen = structuredClone(comments);
    const { roots } = buildThread(comments);
    expect(comments).toEqual(frozen);
    expect(roots[0]?.comment).toBe(comments[0]);
    expect(roots[1]?.comment).not.toBe(comments[1]);
    expect(roots[1]?.comment).toEqual({ ...frozen[1], parentId: undefined });
  });

  it("has the documented types", () => {
    const built = buildThread([]);
    expectTypeOf(built.roots).toEqualTypeOf<ThreadNode[]>();
    expectTypeOf(built.repairs[0]?.code).toEqualTypeOf<
      "duplicate_id" | "missing_parent" | "parent_cycle" | undefined
    >();
    expectTypeOf(flattenThread(built.roots)).toEqualTypeOf<Comment[]>();
  });

  it("prints its error for people", () => {
    expect(() =>
      buildThread([c("a", "a"), c("b", "gone")], { onInvalid: "throw" }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ArticleError: Invalid article (2 issues):
      ✖ Expected a comment not to be its own parent, found "a" [parent_cycle]
        → at comments[0].parentId
      ✖ Expected \`parentId\` to name a comment, found "gone" [missing_parent]
        → at comments[1].parentId]
    `);
  });

  it("throws one ArticleError listing every problem", () => {
    try {
      buildThread([c("a", "a"), c("b", "gone")], { onInvalid: "throw" });
      expect.unreachable();
    } catch (error) {
      expect(isArticleError(error)).toBe(true);
      expect((error as { issues: { code: string; path: unknown[] }[] }).issues).toEqual([
        expect.objectContaining({ code: "parent_cycle", path: ["comments", 0, "parentId"] }),
        expect.objectContaining({ code: "missing_parent", path: ["comments", 1, "parentId"] }),
      ]);
    }
  });

  const badOptions: [string, unknown, RegExp][] = [
    ["a string", "throw", /Expected `options` of `buildThread` to be an object/],
    ["an unknown key", { strict: true }, /Unknown option `options.strict` of `buildThread`/],
    ["a bad value", { onInvalid: "drop" }, /Cannot use "drop" for `options.onInvalid`/],
  ];
  for (const [name, options, message] of badOptions) {
    it(`throws a TypeError for ${name} as options`, () => {
      expect(() => buildThread([], options as never)).toThrowError(message);
    });
  }

  it("reports entries that are not comments as an ArticleError", () => {
    expect(() => buildThread([null, { id: 3 }] as never)).toThrowError(
      expect.objectContaining({ name: "ArticleError" }),
    );
    expect(() => buildThread("abc" as never)).toThrowError(TypeError);
  });

  it("handles a chain 100 000 deep without recursion", () => {
    const depth = 100_000;
    const comments = Array.from({ length: depth }, (_, i) =>
      c(`n${i}`, i === 0 ? undefined : `n${i - 1}`),
    );
    const { roots, repairs } = buildThread(comments);
    expect(repairs).toEqual([]);
    expect(threadStats(roots).maxDepth).toBe(depth - 1);
    const flat = flattenThread(roots);
    expect(flat.length).toBe(depth);
    expect(flat.every((comment, i) => comment === comments[i])).toBe(true);
    const sorted = sortThread(roots, { by: "newest" });
    expect(flattenThread(sorted).length).toBe(depth);
    let visited = 0;
    walkThread(roots, () => {
      visited++;
    });
    expect(visited).toBe(depth);
    // The same chain closed into a cycle is cut once.
    const cyclic = [...comments];
    cyclic[0] = c("n0", `n${depth - 1}`);
    const repaired = buildThread(cyclic);
    expect(repaired.repairs.map((repair) => [repair.code, repair.id])).toEqual([
      ["parent_cycle", "n0"],
    ]);
    expect(threadStats(repaired.roots).maxDepth).toBe(depth - 1);
  });

  it("builds 1 000 000 comments", () => {
    const count = 1_000_000;
    const comments: Comment[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const comment: Comment = {
        id: `c${i}`,
        author: { name: "x" },
        status: "published",
        body: [],
      };
      // A mix of top-level comments and replies to a recent comment.
      if (i % 5 !== 0) comment.parentId = `c${Math.max(0, i - 1 - (i % 7))}`;
      comments[i] = comment;
    }
    const { roots, repairs } = buildThread(comments);
    expect(repairs.length).toBe(0);
    expect(roots.length).toBe(count / 5);
    const stats = threadStats(roots);
    expect(stats.total).toBe(count);
    expect(flattenThread(roots).length).toBe(count);
  });
});

// Comment lists with duplicates, cycles, orphans and self-parents.
const messyComments = fc
  .array(
    fc.record({
      id: fc.constantFrom("a", "b", "c", "d", "e", "f", "__proto__", "constructor"),
      parent: fc.option(fc.constantFrom("a", "b", "c", "d", "e", "f", "gone", "__proto__"), {
        nil: undefined,
      }),
    }),
    { maxLength: 30 },
  )
  .map((rows) =>
    rows.map((row, i) =>
      c(row.id, row.parent, { body: [{ type: "paragraph", text: `unique ${i}` }] }),
    ),
  );

// Valid lists in threaded document order: each reply right inside its parent's subtree.
const validComments = fc.array(fc.nat({ max: 1000 }), { maxLength: 60 }).map((choices) => {
  const comments: Comment[] = [];
  const open: string[] = []; // the path from a root to the last comment
  choices.forEach((choice, i) => {
    const id = `v${i}`;
    const keep = choice % (open.length + 1); // how much of the open path stays
    open.length = keep;
    comments.push(c(id, open[open.length - 1], { score: choice % 7 }));
    open.push(id);
  });
  return comments;
});

describe("thread properties", () => {
  it("keeps every comment exactly once and builds a consistent tree", () => {
    fc.assert(
      fc.property(messyComments, (comments) => {
        const { roots, repairs } = buildThread(comments);
        expectWellFormed(comments, roots);
        // Rebuilding the repaired tree repairs only duplicate ids again.
        const again = buildThread(flattenThread(roots));
        expect(again.repairs.every((repair) => repair.code === "duplicate_id")).toBe(true);
        expect(again.repairs.length).toBe(
          repairs.filter((repair) => repair.code === "duplicate_id").length,
        );
      }),
    );
  });

  it("flattenThread inverts buildThread on valid input", () => {
    fc.assert(
      fc.property(validComments, (comments) => {
        const { roots, repairs } = buildThread(comments);
        expect(repairs).toEqual([]);
        const flat = flattenThread(roots);
        expect(flat.length).toBe(comments.length);
        flat.forEach((comment, i) => {
          expect(comment).toBe(comments[i]);
        });
      }),
    );
  });

  it("sortThread only reorders siblings, stably", () => {
    fc.assert(
      fc.property(validComments, (comments) => {
        const { roots } = buildThread(comments);
        const sorted = sortThread(roots, { by: "score" });
        const parentOf = (list: readonly ThreadNode[]) =>
          new Map(nodes(list).map(([node, parent]) => [node.comment, parent?.comment]));
        expect(parentOf(sorted)).toEqual(parentOf(roots));
        for (const [node] of nodes([{ comment: c("top"), replies: sorted, depth: -1 }])) {
          const scores = node.replies.map((reply) => reply.comment.score ?? 0);
          expect(scores).toEqual([...scores].sort((x, y) => y - x));
          // Stable: equal scores keep document order.
          for (let i = 1; i < node.replies.length; i++) {
            const before = node.replies[i - 1]?.comment as Comment;
            const after = node.replies[i]?.comment as Comment;
            if (before.score === after.score) {
              expect(comments.indexOf(before)).toBeLessThan(comments.indexOf(after));
            }
          }
        }
        expect(flattenThread(roots)).toEqual(comments); // the input tree is untouched
      }),
    );
  });
});

describe("walkThread", () => {
  const { roots } = buildThread([c("a"), c("b", "a"), c("c", "b"), c("d", "a"), c("e")]);
  const cases: [string, (id: string) => boolean | "skip" | undefined, string[], boolean][] = [
    ["visits in pre-order", () => undefined, ["a", "b", "c", "d", "e"], true],
    ["stops on false", (id) => id !== "c", ["a", "b", "c"], false],
    ["skips replies", (id) => (id === "b" ? "skip" : true), ["a", "b", "d", "e"], true],
  ];
  for (const [name, action, expected, complete] of cases) {
    it(name, () => {
      const seen: string[] = [];
      const result = walkThread(roots, (node) => {
        seen.push(node.comment.id);
        return action(node.comment.id);
      });
      expect(seen).toEqual(expected);
      expect(result).toBe(complete);
    });
  }
  it("throws a TypeError without a visitor", () => {
    expect(() => walkThread(roots, undefined as never)).toThrowError(TypeError);
  });
});

describe("sortThread", () => {
  const comments = [
    c("a", undefined, { publishedAt: "2012-01-20T10:00:00+01:00", score: 1 }),
    c("b", undefined, { publishedAt: "2012-01-19T10:00:00+01:00", score: 5 }),
    c("c", undefined, { score: 5 }),
    c("d", undefined, { publishedAt: "2012-01-21T10:00:00+01:00" }),
    c("r2", "a", { publishedAt: "2012-01-22T09:00:00Z" }),
    c("r1", "a", { publishedAt: "2012-01-22T08:00:00Z" }),
  ];
  const { roots } = buildThread(comments);
  const cases: ["oldest" | "newest" | "score", string[], string[]][] = [
    ["oldest", ["b", "a", "d", "c"], ["r1", "r2"]],
    ["newest", ["d", "a", "b", "c"], ["r2", "r1"]],
    ["score", ["b", "c", "a", "d"], ["r2", "r1"]],
  ];
  for (const [by, top, replies] of cases) {
    it(`sorts by ${by}, missing values last`, () => {
      const sorted = sortThread(roots, { by });
      expect(sorted.map((node) => node.comment.id)).toEqual(top);
      const a = sorted.find((node) => node.comment.id === "a") as ThreadNode;
      expect(a.replies.map((node) => node.comment.id)).toEqual(replies);
    });
  }
  it("rejects an unknown order", () => {
    expect(() => sortThread(roots, { by: "best" as never })).toThrowError(
      /Cannot use "best" for `options.by` of `sortThread`, expected "oldest" or "newest" or "score"/,
    );
  });
});

describe("threadStats", () => {
  it("counts a thread", () => {
    const { roots } = buildThread([
      c("a"),
      c("b", "a", { status: "pending", author: { name: "Zoé" } }),
      c("c", "b", { status: "spam", author: { name: "Zoé" } }),
      c("d", "a", { status: "deleted", author: { name: "Zoé", id: "z1" } }),
      c("e"),
    ]);
    expect(threadStats(roots)).toEqual({
      total: 5,
      byStatus: { published: 2, pending: 1, spam: 1, deleted: 1, removed: 0 },
      topLevel: 2,
      replies: 3,
      maxDepth: 2,
      authors: 4,
      repliesPerComment: 3 / 5,
      maxReplies: 2,
    });
  });
  it("counts an empty thread", () => {
    expect(threadStats([])).toMatchObject({ total: 0, maxDepth: 0, repliesPerComment: 0 });
  });
});

describe("commentCounts", () => {
  const cases: [number | undefined, number, object][] = [
    [9, 9, { declared: 9, found: 9, difference: 0 }],
    [9, 8, { declared: 9, found: 8, difference: 1 }],
    [undefined, 3, { found: 3 }],
  ];
  for (const [declared, found, expected] of cases) {
    it(`compares ${declared} declared with ${found} found`, () => {
      const article: Pick<Article, "comments" | "commentCount"> = {
        comments: Array.from({ length: found }, (_, i) => c(`c${i}`)),
      };
      if (declared !== undefined) article.commentCount = declared;
      expect(commentCounts(article)).toEqual(expected);
    });
  }
});

describe("outline", () => {
  const s = (heading: string, level: Section["level"]): Section => ({
    heading,
    level,
    blocks: [],
  });
  const shape = (list: ReturnType<typeof outline>): unknown[] =>
    list.map((node) => [node.section.heading, shape(node.children)]);
  const cases: [string, Section[], unknown[]][] = [
    ["no sections", [], []],
    [
      "flat sections",
      [s("a", 2), s("b", 2)],
      [
        ["a", []],
        ["b", []],
      ],
    ],
    [
      "nested and jumping levels",
      [s("a", 2), s("b", 4), s("c", 3), s("d", 2), s("e", 5)],
      [
        [
          "a",
          [
            ["b", []],
            ["c", []],
          ],
        ],
        ["d", [["e", []]]],
      ],
    ],
    [
      "a deeper first section",
      [s("a", 4), s("b", 2), s("c", 3)],
      [
        ["a", []],
        ["b", [["c", []]]],
      ],
    ],
  ];
  for (const [name, sections, expected] of cases) {
    it(`outlines ${name}`, () => {
      expect(shape(outline({ sections }))).toEqual(expected);
    });
  }
  it("outlines 100 000 ever deeper sections without recursion", () => {
    const sections = Array.from({ length: 100_000 }, (_, i) => s(`h${i}`, (2 + (i % 5)) as 2));
    const roots = outline({ sections });
    expect(roots.length).toBe(20_000);
    expect(roots[0]?.children[0]?.children[0]?.children[0]?.children[0]?.section.heading).toBe(
      "h4",
    );
  });
});
