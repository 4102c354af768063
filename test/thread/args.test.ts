// Every public function of the thread and dedup modules, given a bad
// argument, throws a TypeError naming the argument and the function
// ("Expected `x` of `fn` to be …, found …"), never a stray TypeError.
import { describe, expect, it } from "vitest";
import {
  buildThread,
  type Comment,
  commentCounts,
  dedupeComments,
  estimateSimilarity,
  findNearDuplicates,
  flattenThread,
  minhashSignature,
  normalizeText,
  outline,
  sortThread,
  type ThreadNode,
  threadStats,
  walkThread,
} from "../../src/index.js";

// biome-ignore lint/suspicious/noExplicitAny: calling with what the types forbid is the point
type Any = any;

const comment: Comment = {
  id: "a",
  author: { name: "x" },
  status: "published",
  body: [{ type: "paragraph", text: "hello" }],
};
const node = (replies: unknown[] = []): Any => ({ comment, replies, depth: 0 });
const signature = minhashSignature("hello world");
const deep = (() => {
  // A chain 20 levels deep whose last node has no replies array.
  const bottom: Any = { comment, depth: 20 };
  let top: Any = bottom;
  for (let level = 19; level >= 0; level--) top = node([top]);
  return top;
})();

const noop = () => undefined;
const walkers: [string, (roots: Any) => unknown][] = [
  ["flattenThread", (roots) => flattenThread(roots)],
  ["threadStats", (roots) => threadStats(roots)],
  ["sortThread", (roots) => sortThread(roots)],
  ["walkThread", (roots) => walkThread(roots, noop)],
];

const cases: [string, () => unknown, string][] = [];
for (const [fn, call] of walkers) {
  cases.push(
    [fn, () => call(null), `Expected \`roots\` of \`${fn}\` to be an array, found null`],
    [fn, () => call(undefined), `Expected \`roots\` of \`${fn}\` to be an array, found undefined`],
    [fn, () => call("x"), `Expected \`roots\` of \`${fn}\` to be an array, found string`],
    [fn, () => call({}), `Expected \`roots\` of \`${fn}\` to be an array, found object`],
    [fn, () => call([null]), `Expected \`roots[0]\` of \`${fn}\` to be a thread node, found null`],
    [
      fn,
      () => call([node(), 3]),
      `Expected \`roots[1]\` of \`${fn}\` to be a thread node, found number`,
    ],
    [fn, () => call([[]]), `Expected \`roots[0]\` of \`${fn}\` to be a thread node, found array`],
    [
      fn,
      () => call([{ replies: [] }]),
      `Expected \`roots[0].comment\` of \`${fn}\` to be an object, found undefined`,
    ],
    [
      fn,
      () => call([{ comment: null, replies: [] }]),
      `Expected \`roots[0].comment\` of \`${fn}\` to be an object, found null`,
    ],
    [
      fn,
      () => call([{ comment }]),
      `Expected \`roots[0].replies\` of \`${fn}\` to be an array, found undefined`,
    ],
    [
      fn,
      () => call([node([node(), node([null])])]),
      `Expected \`roots[0].replies[1].replies[0]\` of \`${fn}\` to be a thread node, found null`,
    ],
    [
      fn,
      () => call([node(), node([node(), { comment, replies: "no" }])]),
      `Expected \`roots[1].replies[1].replies\` of \`${fn}\` to be an array, found string`,
    ],
    // A hole in a sparse array is a bad node too.
    [
      fn,
      () => {
        const sparse: Any[] = [node()];
        sparse[2] = node();
        return call(sparse);
      },
      `Expected \`roots[1]\` of \`${fn}\` to be a thread node, found undefined`,
    ],
    [
      fn,
      () => call([deep]),
      `Expected \`roots[0].replies[0].replies[0].replies[0]…(13 more levels)….replies[0].replies[0].replies[0].replies[0].replies\` of \`${fn}\` to be an array, found undefined`,
    ],
  );
}
cases.push(
  [
    "walkThread",
    () => walkThread(null as Any, noop),
    "Expected `roots` of `walkThread` to be an array, found null",
  ],
  [
    "walkThread",
    () => walkThread([], undefined as Any),
    "Expected `visit` of `walkThread` to be a function, found undefined",
  ],
  [
    "walkThread",
    () => walkThread([], null as Any),
    "Expected `visit` of `walkThread` to be a function, found null",
  ],
  [
    "walkThread",
    () => walkThread([], "f" as Any),
    "Expected `visit` of `walkThread` to be a function, found string",
  ],
  [
    "buildThread",
    () => buildThread(null as Any),
    "Expected `comments` of `buildThread` to be an array, found null",
  ],
  [
    "buildThread",
    () => buildThread({} as Any),
    "Expected `comments` of `buildThread` to be an array, found object",
  ],
  [
    "outline",
    () => outline(null as Any),
    "Expected `article` of `outline` to be an object, found null",
  ],
  [
    "outline",
    () => outline(undefined as Any),
    "Expected `article` of `outline` to be an object, found undefined",
  ],
  [
    "outline",
    () => outline([] as Any),
    "Expected `article` of `outline` to be an object, found array",
  ],
  [
    "outline",
    () => outline("x" as Any),
    "Expected `article` of `outline` to be an object, found string",
  ],
  [
    "outline",
    () => outline({ sections: null } as Any),
    "Expected `article.sections` of `outline` to be an array, found null",
  ],
  [
    "outline",
    () => outline({ sections: {} } as Any),
    "Expected `article.sections` of `outline` to be an array, found object",
  ],
  [
    "outline",
    () => outline({ sections: [{ heading: "a", level: 2, blocks: [] }, null] } as Any),
    "Expected `article.sections[1]` of `outline` to be an object, found null",
  ],
  [
    "commentCounts",
    () => commentCounts(undefined as Any),
    "Expected `article` of `commentCounts` to be an object, found undefined",
  ],
  [
    "commentCounts",
    () => commentCounts(null as Any),
    "Expected `article` of `commentCounts` to be an object, found null",
  ],
  [
    "commentCounts",
    () => commentCounts(42 as Any),
    "Expected `article` of `commentCounts` to be an object, found number",
  ],
  [
    "commentCounts",
    () => commentCounts({ comments: "x" } as Any),
    "Expected `article.comments` of `commentCounts` to be an array, found string",
  ],
  [
    "commentCounts",
    () => commentCounts({ comments: [comment, 1] } as Any),
    "Expected `article.comments[1]` of `commentCounts` to be an object, found number",
  ],
  [
    "commentCounts",
    () => commentCounts({ comments: [], commentCount: "9" } as Any),
    "Expected `article.commentCount` of `commentCounts` to be a finite number, found string",
  ],
  [
    "commentCounts",
    () => commentCounts({ comments: [], commentCount: Number.NaN } as Any),
    "Expected `article.commentCount` of `commentCounts` to be a finite number, found NaN",
  ],
  [
    "normalizeText",
    () => normalizeText(null as Any),
    "Expected `text` of `normalizeText` to be a string, found null",
  ],
  [
    "normalizeText",
    () => normalizeText(undefined as Any),
    "Expected `text` of `normalizeText` to be a string, found undefined",
  ],
  [
    "normalizeText",
    () => normalizeText(["a"] as Any),
    "Expected `text` of `normalizeText` to be a string, found array",
  ],
  [
    "minhashSignature",
    () => minhashSignature(null as Any),
    "Expected `text` of `minhashSignature` to be a string, found null",
  ],
  [
    "minhashSignature",
    () => minhashSignature(5 as Any),
    "Expected `text` of `minhashSignature` to be a string, found number",
  ],
  [
    "estimateSimilarity",
    () => estimateSimilarity({} as Any, null as Any),
    "Expected `a.values` of `estimateSimilarity` to be an array, found undefined",
  ],
  [
    "estimateSimilarity",
    () => estimateSimilarity(signature, null as Any),
    "Expected `b` of `estimateSimilarity` to be an object, found null",
  ],
  [
    "estimateSimilarity",
    () => estimateSimilarity(undefined as Any, signature),
    "Expected `a` of `estimateSimilarity` to be an object, found undefined",
  ],
  [
    "estimateSimilarity",
    () => estimateSimilarity(signature, [] as Any),
    "Expected `b` of `estimateSimilarity` to be an object, found array",
  ],
  [
    "estimateSimilarity",
    () => estimateSimilarity(signature, { ...signature, values: "x" } as Any),
    "Expected `b.values` of `estimateSimilarity` to be an array, found string",
  ],
  [
    "dedupeComments",
    () => dedupeComments(null as Any),
    "Expected `comments` of `dedupeComments` to be an array, found null",
  ],
  [
    "dedupeComments",
    () => dedupeComments(undefined as Any),
    "Expected `comments` of `dedupeComments` to be an array, found undefined",
  ],
  [
    "dedupeComments",
    () => dedupeComments("ab" as Any),
    "Expected `comments` of `dedupeComments` to be an array, found string",
  ],
  [
    "dedupeComments",
    () => dedupeComments([], { article: null } as Any),
    "Expected `options.article` of `dedupeComments` to be an article or a list of strings, found null",
  ],
  [
    "dedupeComments",
    () => dedupeComments([], { article: { sections: 1 } } as Any),
    "Expected `options.article.sections` of `dedupeComments` to be an array, found number",
  ],
  [
    "dedupeComments",
    () => dedupeComments([], { article: { sections: [null] } } as Any),
    "Expected `options.article.sections[0]` of `dedupeComments` to be an object, found null",
  ],
  [
    "dedupeComments",
    () => dedupeComments([], { article: { lead: {} } } as Any),
    "Expected `options.article.lead` of `dedupeComments` to be an array, found object",
  ],
  [
    "findNearDuplicates",
    () => findNearDuplicates("abcdefghij" as Any),
    "Expected `docs` of `findNearDuplicates` to be an iterable of texts or documents, found string",
  ],
  [
    "findNearDuplicates",
    () => findNearDuplicates(null as Any),
    "Expected `docs` of `findNearDuplicates` to be an iterable of texts or documents, found null",
  ],
  [
    "findNearDuplicates",
    () => findNearDuplicates(undefined as Any),
    "Expected `docs` of `findNearDuplicates` to be an iterable of texts or documents, found undefined",
  ],
  [
    "findNearDuplicates",
    () => findNearDuplicates(42 as Any),
    "Expected `docs` of `findNearDuplicates` to be an iterable of texts or documents, found number",
  ],
  [
    "findNearDuplicates",
    () => findNearDuplicates({ length: 2 } as Any),
    "Expected `docs` of `findNearDuplicates` to be an iterable of texts or documents, found object",
  ],
  [
    "findNearDuplicates",
    () => findNearDuplicates(["a", null] as Any),
    "Expected `docs[1]` of `findNearDuplicates` to be a string or an object, found null",
  ],
  [
    "findNearDuplicates",
    () => findNearDuplicates([{ text: 1 }] as Any),
    "Expected `docs[0].text` of `findNearDuplicates` to be a string, found number",
  ],
  [
    "findNearDuplicates",
    () => findNearDuplicates([{}] as Any),
    "Expected `docs[0]` of `findNearDuplicates` to have a `text` or a `signature`, found neither",
  ],
  [
    "findNearDuplicates",
    () => findNearDuplicates([{ signature: null }] as Any),
    "Expected `docs[0].signature` of `findNearDuplicates` to be an object, found null",
  ],
  [
    "findNearDuplicates",
    () => findNearDuplicates([{ signature: 1 }] as Any),
    "Expected `docs[0].signature` of `findNearDuplicates` to be an object, found number",
  ],
  [
    "findNearDuplicates",
    () => findNearDuplicates([{ signature: {} }] as Any),
    "Expected `docs[0].signature.values` of `findNearDuplicates` to be an array, found undefined",
  ],
);

describe("argument checks", () => {
  for (const [fn, call, message] of cases) {
    it(`${fn}: ${message}`, () => {
      let thrown: unknown;
      try {
        call();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(TypeError);
      expect((thrown as TypeError).message).toBe(message);
    });
  }

  it("still accepts what it accepted", () => {
    expect(outline({} as Any)).toEqual([]);
    expect(commentCounts({} as Any)).toEqual({ found: 0 });
    expect(commentCounts({ comments: [comment], commentCount: 3 })).toEqual({
      declared: 3,
      found: 1,
      difference: 2,
    });
    expect(
      findNearDuplicates(
        (function* () {
          yield "abcdefgh";
          yield "abcdefgh";
        })(),
      ).duplicates,
    ).toHaveLength(1);
    const roots = [node([node()])] as ThreadNode[];
    expect(flattenThread(roots)).toEqual([comment, comment]);
    expect(threadStats(roots).total).toBe(2);
    expect(sortThread(roots)).toHaveLength(1);
    expect(walkThread(roots, noop)).toBe(true);
  });
});
