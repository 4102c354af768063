import { _expectArray, _kind } from "../_args.js";
import type { ThreadNode } from "./build.js";

/**
 * Check the `roots` argument of a function that walks a thread: an array.
 * Its nodes are checked as they are visited, with {@link _isNode}; a node
 * that fails is described by {@link _badNode}.
 */
export function _expectRoots(roots: unknown, fn: string): asserts roots is readonly ThreadNode[] {
  _expectArray(roots, "roots", fn);
}

/**
 * Whether a value can be walked as a thread node: an object with a
 * `comment` object and a `replies` array. Cheap: called on every node.
 */
export function _isNode(value: unknown): value is ThreadNode {
  if (typeof value !== "object" || value === null) return false;
  const { comment, replies } = value as { comment?: unknown; replies?: unknown };
  return typeof comment === "object" && comment !== null && Array.isArray(replies);
}

/** Path segments shown at each end of a long path; the middle is elided. */
const SHOWN = 4;

/**
 * Find the first node of a thread (pre-order) that is not a thread node and
 * throw a TypeError naming it, such as "Expected
 * `roots[0].replies[2].replies` of `flattenThread` to be an array, found
 * undefined". Called only once a walk met a bad node. Iterative; a deep path
 * is shortened in the middle.
 */
export function _badNode(roots: readonly unknown[], fn: string): never {
  const stack: [unknown, number, number][] = [];
  for (let at = roots.length - 1; at >= 0; at--) stack.push([roots[at], at, 0]);
  const path: number[] = [];
  while (stack.length > 0) {
    const [node, index, depth] = stack.pop() as [unknown, number, number];
    path.length = depth;
    path.push(index);
    if (typeof node !== "object" || node === null || Array.isArray(node)) {
      throw new TypeError(
        `Expected \`${_path(path)}\` of \`${fn}\` to be a thread node, found ${_kind(node)}`,
      );
    }
    const { comment, replies } = node as { comment?: unknown; replies?: unknown };
    if (typeof comment !== "object" || comment === null || Array.isArray(comment)) {
      throw new TypeError(
        `Expected \`${_path(path)}.comment\` of \`${fn}\` to be an object, found ${_kind(comment)}`,
      );
    }
    if (!Array.isArray(replies)) {
      throw new TypeError(
        `Expected \`${_path(path)}.replies\` of \`${fn}\` to be an array, found ${_kind(replies)}`,
      );
    }
    for (let at = replies.length - 1; at >= 0; at--) stack.push([replies[at], at, depth + 1]);
  }
  // Unreachable when a walk met a bad node; a safe message all the same.
  throw new TypeError(`Expected \`roots\` of \`${fn}\` to hold thread nodes`);
}

/** `roots[0].replies[3]…`, with the middle of a long path elided. */
function _path(path: readonly number[]): string {
  const segment = (at: number) =>
    at === 0 ? `roots[${path[0]}]` : `.replies[${path[at] as number}]`;
  let text = "";
  if (path.length <= SHOWN * 2) {
    for (let at = 0; at < path.length; at++) text += segment(at);
    return text;
  }
  for (let at = 0; at < SHOWN; at++) text += segment(at);
  text += `…(${path.length - SHOWN * 2} more levels)…`;
  for (let at = path.length - SHOWN; at < path.length; at++) text += segment(at);
  return text;
}
