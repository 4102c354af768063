import { _kind } from "../_args.js";
import { _badNode, _expectRoots, _isNode } from "./_nodes.js";
import type { ThreadNode } from "./build.js";

/**
 * What a {@link walkThread} visitor returns: `false` stops the walk,
 * `"skip"` skips the replies of this node, anything else goes on.
 */
export type WalkAction = boolean | "skip" | undefined;

/**
 * Visit every node of a thread, depth first, a comment before its replies.
 * Iterative: any depth.
 *
 * @param roots
 *   Top-level nodes (not mutated).
 * @param visit
 *   Called with each node and its parent (`undefined` at the top level);
 *   return `false` to stop, `"skip"` to skip the node's replies.
 * @returns
 *   `true` when every node was visited, `false` when the visitor stopped.
 * @throws {TypeError}
 *   When `roots` is not an array or holds something that is not a node, or
 *   `visit` is not a function.
 */
export function walkThread(
  roots: readonly ThreadNode[],
  // biome-ignore lint/suspicious/noConfusingVoidType: a visitor that returns nothing is the common case
  visit: (node: ThreadNode, parent: ThreadNode | undefined) => WalkAction | void,
): boolean {
  _expectRoots(roots, "walkThread");
  if (typeof visit !== "function") {
    throw new TypeError(
      `Expected \`visit\` of \`walkThread\` to be a function, found ${_kind(visit)}`,
    );
  }
  const nodes: ThreadNode[] = [];
  const parents: (ThreadNode | undefined)[] = [];
  for (let at = roots.length - 1; at >= 0; at--) {
    nodes.push(roots[at] as ThreadNode);
    parents.push(undefined);
  }
  while (nodes.length > 0) {
    const node = nodes.pop() as ThreadNode;
    const parent = parents.pop();
    if (!_isNode(node)) _badNode(roots, "walkThread");
    const action = visit(node, parent);
    if (action === false) return false;
    if (action === "skip") continue;
    const replies = node.replies;
    for (let at = replies.length - 1; at >= 0; at--) {
      nodes.push(replies[at] as ThreadNode);
      parents.push(node);
    }
  }
  return true;
}
