import { _expectArrayOfObjects, _expectObject, _kind } from "../_args.js";
import type { Article } from "../schema/index.js";

/** What {@link commentCounts} finds. */
export interface CommentCounts {
  /** The count the source declared (`article.commentCount`), when it did. */
  declared?: number;
  /** Comments the article holds. */
  found: number;
  /** `declared - found` (positive: the page announced more than it showed), when declared. */
  difference?: number;
}

/**
 * Compare the comment count a page declared with the comments it holds.
 *
 * @param article
 *   Article (not mutated); without `comments`, it has none.
 * @returns
 *   Declared, found and their difference.
 * @throws {TypeError}
 *   When `article` is not an object, `article.comments` not an array of
 *   objects, or `article.commentCount` present but not a finite number.
 */
export function commentCounts(article: Pick<Article, "comments" | "commentCount">): CommentCounts {
  const fn = "commentCounts";
  _expectObject(article, "article", fn);
  const comments: unknown = article.comments;
  let found = 0;
  if (comments !== undefined) {
    _expectArrayOfObjects(comments, "article.comments", fn);
    found = comments.length;
  }
  const declared: unknown = article.commentCount;
  if (declared === undefined) return { found };
  if (typeof declared !== "number" || !Number.isFinite(declared)) {
    throw new TypeError(
      `Expected \`article.commentCount\` of \`${fn}\` to be a finite number, found ${typeof declared === "number" ? String(declared) : _kind(declared)}`,
    );
  }
  return { declared, found, difference: declared - found };
}
