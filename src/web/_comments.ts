// The comments a writer publishes: those whose status is asked for, each
// linked to its nearest written ancestor (a reply to a pending comment hangs
// from the comment above it, or from the article). Linear and iterative.

import type { Comment } from "../schema/comment.js";
import { COMMENT_STATUSES } from "../schema/comment.js";
import type { WebCommentStatus } from "./types.js";

/** A written comment and the id of its written parent (none: the article). */
interface _Written {
  comment: Comment;
  parentId: string | undefined;
  /** Replies above it among the written (0: top level). */
  depth: number;
}

/**
 * Read the `statuses` option.
 *
 * @param value
 *   The option's value.
 * @param fn
 *   Function name, for the error.
 * @returns
 *   The set of statuses (default: published only).
 */
export function _statuses(value: unknown, fn: string): ReadonlySet<string> {
  if (value === undefined) return new Set(["published"]);
  if (!Array.isArray(value) || value.some((item) => !COMMENT_STATUSES.includes(item))) {
    throw new TypeError(
      `Cannot use ${JSON.stringify(value) ?? String(value)} for \`options.statuses\` of \`${fn}\`, expected an array of ${COMMENT_STATUSES.map((item) => JSON.stringify(item)).join(", ")}`,
    );
  }
  return new Set(value as WebCommentStatus[]);
}

/**
 * The comments to write, in document order, each with its written parent.
 *
 * @param comments
 *   Comments of a valid article.
 * @param statuses
 *   Statuses to write.
 * @returns
 *   Written comments.
 */
export function _written(comments: readonly Comment[], statuses: ReadonlySet<string>): _Written[] {
  const byId = new Map<string, Comment>();
  for (const comment of comments) byId.set(comment.id, comment);
  // Nearest written ancestor-or-self of each comment, and its depth.
  const anchor = new Map<string, { id: string | undefined; depth: number }>();
  const resolve = (start: Comment): { id: string | undefined; depth: number } => {
    const chain: Comment[] = [];
    let current: Comment | undefined = start;
    let found: { id: string | undefined; depth: number } = { id: undefined, depth: -1 };
    while (current !== undefined) {
      const known = anchor.get(current.id);
      if (known !== undefined) {
        found = known;
        break;
      }
      chain.push(current);
      current = current.parentId === undefined ? undefined : byId.get(current.parentId);
    }
    for (let index = chain.length - 1; index >= 0; index--) {
      const comment = chain[index] as Comment;
      if (statuses.has(comment.status)) found = { id: comment.id, depth: found.depth + 1 };
      anchor.set(comment.id, found);
    }
    return found;
  };
  const result: _Written[] = [];
  for (const comment of comments) {
    if (!statuses.has(comment.status)) continue;
    const parent = comment.parentId === undefined ? undefined : byId.get(comment.parentId);
    const above = parent === undefined ? { id: undefined, depth: -1 } : resolve(parent);
    resolve(comment);
    result.push({ comment, parentId: above.id, depth: above.depth + 1 });
  }
  return result;
}

/**
 * An IRI for a comment: the article's URL without its fragment, then
 * `#comment-` and the id, percent-encoded.
 *
 * @param base
 *   The article's URL.
 * @param id
 *   The comment's id.
 * @returns
 *   IRI.
 */
export function _commentIri(base: string, id: string): string {
  const hash = base.indexOf("#");
  return `${hash === -1 ? base : base.slice(0, hash)}#comment-${encodeURIComponent(id)}`;
}
