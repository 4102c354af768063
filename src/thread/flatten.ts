import type { Comment } from "../schema/index.js";
import { _badNode, _expectRoots, _isNode } from "./_nodes.js";
import type { ThreadNode } from "./build.js";

/**
 * Flatten a thread back into a comment list, depth first: each comment
 * followed by its replies, the order a threaded page shows them. On valid
 * input listed that way, `flattenThread(buildThread(comments).roots)` gives
 * `comments` back. Iterative: any depth.
 *
 * @param roots
 *   Top-level nodes (not mutated).
 * @returns
 *   The comments, a new array.
 * @throws {TypeError}
 *   When `roots` is not an array, or holds something that is not a node.
 */
export function flattenThread(roots: readonly ThreadNode[]): Comment[] {
  _expectRoots(roots, "flattenThread");
  const result: Comment[] = [];
  const stack: ThreadNode[] = [];
  for (let at = roots.length - 1; at >= 0; at--) stack.push(roots[at] as ThreadNode);
  while (stack.length > 0) {
    const node = stack.pop() as ThreadNode;
    if (!_isNode(node)) _badNode(roots, "flattenThread");
    result.push(node.comment);
    const replies = node.replies;
    for (let at = replies.length - 1; at >= 0; at--) stack.push(replies[at] as ThreadNode);
  }
  return result;
}
