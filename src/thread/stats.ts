import { COMMENT_STATUSES } from "../schema/index.js";
import { _badNode, _expectRoots, _isNode } from "./_nodes.js";
import type { ThreadNode } from "./build.js";

/** What {@link threadStats} counts. */
export interface ThreadStats {
  /** Number of comments. */
  total: number;
  /** Comments per moderation status (every status present, 0 when none). */
  byStatus: Record<"published" | "pending" | "spam" | "deleted" | "removed", number>;
  /** Top-level comments. */
  topLevel: number;
  /** Replies (comments that are not top-level). */
  replies: number;
  /** Depth of the deepest comment (0 when all are top-level or there are none). */
  maxDepth: number;
  /** Distinct authors, by `author.id` when present, else by exact `author.name`. */
  authors: number;
  /** Replies per comment: `replies / total` (0 when there are none). */
  repliesPerComment: number;
  /** Most direct replies any one comment has. */
  maxReplies: number;
}

/**
 * Count a thread: comments, statuses, top-level comments, depth, authors
 * and replies. Iterative: any depth.
 *
 * @param roots
 *   Top-level nodes (not mutated).
 * @returns
 *   The counts.
 * @throws {TypeError}
 *   When `roots` is not an array, or holds something that is not a node.
 */
export function threadStats(roots: readonly ThreadNode[]): ThreadStats {
  _expectRoots(roots, "threadStats");
  const byStatus = { published: 0, pending: 0, spam: 0, deleted: 0, removed: 0 };
  const authors = new Set<string>();
  let total = 0;
  let maxDepth = 0;
  let maxReplies = 0;
  const stack: [ThreadNode, number][] = [];
  for (const root of roots) stack.push([root, 0]);
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [ThreadNode, number];
    if (!_isNode(node)) _badNode(roots, "threadStats");
    const comment = node.comment;
    total++;
    if (depth > maxDepth) maxDepth = depth;
    const status = comment.status;
    if ((COMMENT_STATUSES as readonly string[]).includes(status)) byStatus[status]++;
    else byStatus.published++;
    const author = comment.author;
    if (author) authors.add(author.id !== undefined ? `id:${author.id}` : `name:${author.name}`);
    if (node.replies.length > maxReplies) maxReplies = node.replies.length;
    for (const reply of node.replies) stack.push([reply, depth + 1]);
  }
  const replies = total - roots.length;
  return {
    total,
    byStatus,
    topLevel: roots.length,
    replies,
    maxDepth,
    authors: authors.size,
    repliesPerComment: total === 0 ? 0 : replies / total,
    maxReplies,
  };
}
