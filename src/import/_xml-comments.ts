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
  /** Where it was in the export. */
  place: Place;
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
      place: (raws[item.at] as RawComment).place,
      actual: item.actual,
    }),
  );
  return { comments, repairs };
}
