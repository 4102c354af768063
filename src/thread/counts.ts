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
 *   Article (not mutated).
 * @returns
 *   Declared, found and their difference.
 */
export function commentCounts(article: Pick<Article, "comments" | "commentCount">): CommentCounts {
  const found = Array.isArray(article.comments) ? article.comments.length : 0;
  const declared = article.commentCount;
  if (typeof declared !== "number") return { found };
  return { declared, found, difference: declared - found };
}
