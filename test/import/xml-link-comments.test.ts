// `_linkComments` (ids made unique, unknown parents and cycles repaired,
// thread order) against the code it replaced, kept here as the reference:
// the same comments, order, bags and repairs on random articles with
// repeated ids, parents that name nothing, come later or loop, and articles
// larger than the reused scratch arrays.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { _linkComments, type LinkRepair, type RawComment } from "../../src/import/_xml-comments.js";
import type { Comment } from "../../src/schema/comment.js";

/** The linking as it was before the scratch arrays (commit 2be740e). */
function _reference(raws: RawComment[]): { comments: Comment[]; repairs: LinkRepair[] } {
  const pending: {
    at: number;
    ruleId: LinkRepair["ruleId"];
    reason: string;
    actual: string;
  }[] = [];
  // 1. Unique ids (the first keeps its id; a parent id names the first).
  const byId = new Map<string, number>();
  for (let index = 0; index < raws.length; index++) {
    const raw = raws[index] as RawComment;
    const id = raw.comment.id;
    if (!byId.has(id)) {
      byId.set(id, index);
      continue;
    }
    let n = 2;
    while (byId.has(`${id}~${n}`)) n++;
    const renamed = `${id}~${n}`;
    raw.comment.id = renamed;
    raw.bag.originalId = id;
    byId.set(renamed, index);
    pending.push({
      at: index,
      ruleId: "duplicate-id",
      reason: `Comment id ${JSON.stringify(id)} is used twice in this article: the later comment was renamed ${JSON.stringify(renamed)}`,
      actual: id,
    });
  }
  // 2. Parents that name no comment of the article.
  const parent = new Int32Array(raws.length).fill(-1);
  for (let index = 0; index < raws.length; index++) {
    const raw = raws[index] as RawComment;
    const id = raw.comment.parentId;
    if (id === undefined) continue;
    const at = byId.get(id);
    if (at === undefined) {
      delete raw.comment.parentId;
      raw.bag.parent = id;
      pending.push({
        at: index,
        ruleId: "parent-missing",
        reason: `Comment ${JSON.stringify(raw.comment.id)} replies to ${JSON.stringify(id)}, which is not in this article: it was kept as a top-level comment`,
        actual: id,
      });
      continue;
    }
    parent[index] = at;
  }
  // 3. Cycles: walk up from each comment; a walk that meets itself is a loop,
  //    broken at its first comment in export order.
  const state = new Uint8Array(raws.length);
  const path: number[] = [];
  for (let start = 0; start < raws.length; start++) {
    if (state[start] !== 0) continue;
    path.length = 0;
    let current = start;
    while (current !== -1 && state[current] === 0) {
      state[current] = 1;
      path.push(current);
      current = parent[current] as number;
    }
    if (current !== -1 && state[current] === 1) {
      let first = current;
      for (let at = path.indexOf(current); at < path.length; at++) {
        first = Math.min(first, path[at] as number);
      }
      const raw = raws[first] as RawComment;
      const id = raw.comment.parentId as string;
      delete raw.comment.parentId;
      raw.bag.parent = id;
      parent[first] = -1;
      pending.push({
        at: first,
        ruleId: "parent-cycle",
        reason: `Comment ${JSON.stringify(raw.comment.id)} is its own ancestor through ${JSON.stringify(id)}: it was kept as a top-level comment`,
        actual: id,
      });
    }
    for (const index of path) state[index] = 2;
  }
  // 4. Thread order: roots in export order, each followed by its replies.
  const firstChild = new Int32Array(raws.length).fill(-1);
  const nextSibling = new Int32Array(raws.length).fill(-1);
  const lastChild = new Int32Array(raws.length).fill(-1);
  const roots: number[] = [];
  for (let index = 0; index < raws.length; index++) {
    const up = parent[index] as number;
    if (up === -1) {
      roots.push(index);
      continue;
    }
    if (firstChild[up] === -1) firstChild[up] = index;
    else nextSibling[lastChild[up] as number] = index;
    lastChild[up] = index;
  }
  const comments: Comment[] = [];
  const position = new Int32Array(raws.length);
  const stack: number[] = [];
  for (let root = roots.length - 1; root >= 0; root--) stack.push(roots[root] as number);
  while (stack.length > 0) {
    const index = stack.pop() as number;
    const raw = raws[index] as RawComment;
    position[index] = comments.length;
    comments.push(raw.comment);
    const children: number[] = [];
    for (
      let child = firstChild[index] as number;
      child !== -1;
      child = nextSibling[child] as number
    )
      children.push(child);
    for (let at = children.length - 1; at >= 0; at--) stack.push(children[at] as number);
  }
  const repairs = pending.map(
    (item): LinkRepair => ({
      ruleId: item.ruleId,
      reason: item.reason,
      index: position[item.at] as number,
      place: {
        line: (raws[item.at] as RawComment).line,
        column: (raws[item.at] as RawComment).column,
      },
      actual: item.actual,
    }),
  );
  return { comments, repairs };
}

/** An article: ids drawn from a few (repeats), parents any id or none. */
function _article(ids: number[], parents: (number | null)[]): RawComment[] {
  return ids.map((id, index) => {
    const comment: Comment = {
      id: `c${id}`,
      author: { name: "Ann" },
      status: "published",
      body: [],
    };
    const up = parents[index];
    if (up !== null && up !== undefined) comment.parentId = `c${up}`;
    return { comment, line: index + 1, column: 3, bag: {} };
  });
}

function _both(ids: number[], parents: (number | null)[]): void {
  const expected = _reference(_article(ids, parents));
  const raws = _article(ids, parents);
  const actual = _linkComments(raws);
  expect(actual).toEqual(expected);
  // The bags (renamed ids, dropped parents) as the reference left them.
  const before = _article(ids, parents);
  _reference(before);
  expect(raws.map((raw) => raw.bag)).toEqual(before.map((raw) => raw.bag));
}

const article = fc.integer({ min: 0, max: 40 }).chain((count) =>
  fc.tuple(
    fc.array(fc.integer({ min: 0, max: count + 2 }), { minLength: count, maxLength: count }),
    fc.array(fc.option(fc.integer({ min: 0, max: count + 4 }), { freq: 3 }), {
      minLength: count,
      maxLength: count,
    }),
  ),
);

describe("_linkComments", () => {
  it("links as the reference does: repeats, unknown and later parents, loops (fast-check, 2 000 runs)", () => {
    fc.assert(
      fc.property(article, ([ids, parents]) => _both(ids, parents)),
      { numRuns: 2000 },
    );
  });

  it("links as the reference does when every parent comes first, and past the scratch size", () => {
    for (const count of [1, 2, 50, 4096, 4097, 9000]) {
      const ids = Array.from({ length: count }, (_, index) => index);
      // Parents before their replies (an earlier comment, chosen by a fixed
      // sequence: deep and wide threads); every seventh a root.
      let state = count;
      const parents = ids.map((index) => {
        state = (state * 1103515245 + 12345) >>> 0;
        return index % 7 === 0 ? null : state % index;
      });
      _both(ids, parents);
      // One later parent (a loop through it) in the same article.
      if (count > 2)
        _both(
          ids,
          parents.map((up, index) => (index === 1 ? count - 1 : up)),
        );
    }
  });

  it("keeps no state from one article to the next (a large one, then small ones)", () => {
    const large = Array.from({ length: 3000 }, (_, index) => index);
    _both(
      large,
      large.map((index) => (index === 0 ? null : index - 1)),
    );
    _both([0, 1, 2, 3], [null, 0, 1, 0]);
    _both([0, 1, 2], [2, 0, 1]);
    _both([5, 6], [null, 5]);
  });
});
