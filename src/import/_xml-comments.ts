// The comments of one article as the exports give them (any order, parent
// ids that may name nothing, repeat or loop) → the model's list: ids unique,
// every `parentId` naming a comment of the article, no cycle, each reply
// after its parent (thread order: a comment, then its replies, depth first).
// Iterative and linear: a 100 000-deep chain is a loop, not a recursion.
import type { Place } from "../error.js";
import type { Comment } from "../schema/comment.js";

/** A comment read from an export, with what the linking needs. */
export interface RawComment {
  comment: Comment;
  /** Where it was in the export: line (1-based). */
  line: number;
  /** Where it was in the export: column (1-based). */
  column: number;
  /** Its record of format-specific fields (an unknown key of the comment). */
  bag: Record<string, unknown>;
}

/** A repair the linking made. */
export interface LinkRepair {
  ruleId: "duplicate-id" | "parent-missing" | "parent-cycle";
  reason: string;
  /** Position of the comment in the returned list. */
  index: number;
  place: Place;
  actual: string;
}

/** The scratch arrays of {@link _linkComments}, by use. */
const PARENT = 0;
const LAST_CHILD = 1;
const PREVIOUS_SIBLING = 2;
/**
 * Articles up to this many comments reuse the scratch arrays: most
 * articles are small, and three typed arrays made per article were a
 * tenth of the linking's time. Larger ones get their own (not kept).
 */
const SCRATCH_SIZE = 4096;
const scratch = [
  new Int32Array(SCRATCH_SIZE),
  new Int32Array(SCRATCH_SIZE),
  new Int32Array(SCRATCH_SIZE),
];

/** A scratch array of at least `count` numbers (its values left as they were). */
function _scratch(use: number, count: number): Int32Array {
  return count <= SCRATCH_SIZE ? (scratch[use] as Int32Array) : new Int32Array(count);
}

/**
 * Link comments: unique ids, known parents, no cycle, thread order.
 *
 * @param raws
 *   Comments in export order (their `parentId` as the export gave it).
 * @returns
 *   The comments in thread order and the repairs made.
 */
export function _linkComments(raws: RawComment[]): { comments: Comment[]; repairs: LinkRepair[] } {
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
  const count = raws.length;
  const parent = _scratch(PARENT, count);
  /** Whether every parent comes before its reply (as exports write them): then there is no cycle. */
  let ordered = true;
  for (let index = 0; index < count; index++) {
    parent[index] = -1;
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
    if (at >= index) ordered = false;
  }
  // 3. Cycles: walk up from each comment; a walk that meets itself is a loop,
  //    broken at its first comment in export order. (With every parent
  //    before its reply, each walk goes to smaller numbers: no loop.)
  if (!ordered) {
    const state = new Uint8Array(count);
    const path: number[] = [];
    for (let start = 0; start < count; start++) {
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
  }
  // 4. Thread order: roots in export order, each followed by its replies.
  //    Each comment's replies are linked last to first (`lastChild`,
  //    `previousSibling`), the order in which they go on the stack.
  const lastChild = _scratch(LAST_CHILD, count);
  const previousSibling = _scratch(PREVIOUS_SIBLING, count);
  lastChild.fill(-1, 0, count);
  const roots: number[] = [];
  for (let index = 0; index < count; index++) {
    const up = parent[index] as number;
    if (up === -1) {
      roots.push(index);
      continue;
    }
    previousSibling[index] = lastChild[up] as number;
    lastChild[up] = index;
  }
  const comments: Comment[] = [];
  const position = pending.length === 0 ? undefined : new Int32Array(count);
  const stack: number[] = [];
  for (let root = roots.length - 1; root >= 0; root--) stack.push(roots[root] as number);
  while (stack.length > 0) {
    const index = stack.pop() as number;
    if (position !== undefined) position[index] = comments.length;
    comments.push((raws[index] as RawComment).comment);
    for (
      let child = lastChild[index] as number;
      child !== -1;
      child = previousSibling[child] as number
    )
      stack.push(child);
  }
  if (position === undefined) return { comments, repairs: [] };
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
