import type { Issue } from "../error.js";
import { _cycles } from "./_cycles.js";

interface CommentLike {
  id?: unknown;
  parentId?: unknown;
}

// The id and parent id of a comment as read: a value that is not a plain
// object (reported elsewhere) has neither, nor do inherited keys.
function _links(comment: unknown): CommentLike {
  if (typeof comment !== "object" || comment === null || Array.isArray(comment)) return {};
  const prototype = Object.getPrototypeOf(comment);
  if (prototype !== Object.prototype && prototype !== null) return {};
  const record = comment as CommentLike;
  return {
    id: Object.hasOwn(record, "id") ? record.id : undefined,
    parentId: Object.hasOwn(record, "parentId") ? record.parentId : undefined,
  };
}

/**
 * Check the links between comments: ids unique, every `parentId` naming a
 * comment of the list, no cycle of parent ids. Entries whose `id` or
 * `parentId` is not a string, and entries that are not plain objects
 * (already reported elsewhere) are skipped, so it runs on raw input.
 * Iterative and linear, so a chain of any depth is fine. A `parentId` that
 * several comments share as their id resolves to the first of them.
 *
 * (Not `src/thread/_check.ts`, which checks a `buildThread` argument.)
 *
 * @param list
 *   Comments in document order (any values).
 * @param base
 *   Path of the comment list (default: `["comments"]`).
 * @returns
 *   One issue per duplicate id, missing parent and cycle.
 */
export function _commentLinkIssues(
  list: readonly unknown[],
  base: readonly (string | number)[] = ["comments"],
): Issue[] {
  const comments: CommentLike[] = new Array(list.length);
  for (let index = 0; index < list.length; index++) comments[index] = _links(list[index]);
  const issues: Issue[] = [];
  const first = new Map<string, number>();
  for (let index = 0; index < comments.length; index++) {
    const id = comments[index]?.id;
    if (typeof id !== "string") continue;
    const seen = first.get(id);
    if (seen === undefined) first.set(id, index);
    else {
      issues.push({
        code: "duplicate_id",
        message: `Expected a unique comment id, found ${JSON.stringify(id)} already used by comments[${seen}]`,
        path: [...base, index, "id"],
      });
    }
  }
  const parent = new Int32Array(comments.length).fill(-1);
  for (let index = 0; index < comments.length; index++) {
    const parentId = comments[index]?.parentId;
    if (typeof parentId !== "string") continue;
    const target = first.get(parentId);
    if (target === undefined) {
      issues.push({
        code: "missing_parent",
        message: `Expected \`parentId\` to name a comment of the article, found ${JSON.stringify(parentId)}`,
        path: [...base, index, "parentId"],
      });
    } else parent[index] = target;
  }
  for (const cycle of _cycles(parent)) {
    let lowest = cycle[0] as number;
    for (const member of cycle) if (member < lowest) lowest = member;
    const comment = comments[lowest] as CommentLike;
    issues.push({
      code: "parent_cycle",
      message:
        cycle.length === 1
          ? `Expected a comment not to be its own parent, found ${JSON.stringify(comment.id)}`
          : `Expected parent ids without a cycle, found a cycle of ${cycle.length} comments through ${JSON.stringify(comment.id)}`,
      path: [...base, lowest, "parentId"],
    });
  }
  return issues;
}
