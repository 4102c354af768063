import { _checkOptions, _oneOf } from "../_args.js";
import { _isoInstant } from "../schema/_time.js";
import type { Comment } from "../schema/index.js";
import { _badNode, _expectRoots, _isNode } from "./_nodes.js";
import type { ThreadNode } from "./build.js";

/** Options of {@link sortThread}. */
export interface SortThreadOptions {
  /**
   * Order of siblings: `"oldest"` or `"newest"` by `publishedAt`, or
   * `"score"`, highest first (default: `"oldest"`). Dates are ISO 8601; a
   * date or local date-time without offset is compared as if it were UTC.
   * Comments without the value (or with a date that is not ISO 8601) come
   * after those with it.
   */
  by?: "oldest" | "newest" | "score";
}

/**
 * Sort the replies of every comment, and the top-level comments, among
 * themselves; a reply never leaves its parent. Stable: ties keep their order.
 * Iterative: any depth.
 *
 * @param roots
 *   Top-level nodes (not mutated).
 * @param options
 *   Configuration (optional).
 * @returns
 *   A new tree (new nodes, the same comment objects).
 * @throws {TypeError}
 *   When `roots` is not an array, or holds something that is not a node,
 *   or for bad options.
 */
export function sortThread(
  roots: readonly ThreadNode[],
  options?: SortThreadOptions,
): ThreadNode[] {
  _expectRoots(roots, "sortThread");
  const settings = _checkOptions(options, "sortThread", ["by"]);
  const by = _oneOf(settings, "by", ["oldest", "newest", "score"], "oldest", "sortThread");
  const key = by === "score" ? _score : _time;
  const sign = by === "oldest" ? 1 : -1;
  const compare = (a: [number, ThreadNode], b: [number, ThreadNode]): number => {
    const left = a[0];
    const right = b[0];
    const leftMissing = Number.isNaN(left);
    const rightMissing = Number.isNaN(right);
    if (leftMissing || rightMissing) return leftMissing === rightMissing ? 0 : leftMissing ? 1 : -1;
    return left === right ? 0 : (left - right) * sign;
  };
  const sortList = (list: readonly ThreadNode[]): ThreadNode[] => {
    // A loop, not `map`: a hole in a sparse array is a bad node too.
    const keyed: [number, ThreadNode][] = new Array(list.length);
    for (let at = 0; at < list.length; at++) {
      const node = list[at];
      if (!_isNode(node)) _badNode(roots, "sortThread");
      keyed[at] = [
        key(node.comment),
        { comment: node.comment, replies: node.replies, depth: node.depth },
      ];
    }
    keyed.sort(compare);
    return keyed.map((entry) => entry[1]);
  };
  const result = sortList(roots);
  const stack = [...result];
  while (stack.length > 0) {
    const node = stack.pop() as ThreadNode;
    if (node.replies.length === 0) {
      node.replies = [];
      continue;
    }
    node.replies = sortList(node.replies);
    for (const reply of node.replies) stack.push(reply);
  }
  return result;
}

/**
 * Time of a comment in milliseconds, `NaN` when it has none (or not an ISO
 * 8601 date). A date or local date-time without offset is compared as if it
 * were UTC, so the order is the same on every machine.
 */
function _time(comment: Comment): number {
  return comment.publishedAt === undefined ? Number.NaN : _isoInstant(comment.publishedAt);
}

/** Score of a comment, `NaN` when it has none. */
function _score(comment: Comment): number {
  return typeof comment.score === "number" ? comment.score : Number.NaN;
}
