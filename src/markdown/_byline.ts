// The visible line written under a comment's marker, so that a Markdown
// viewer shows who wrote it and when: "**Name** · 2012-01-20 · reply to c1"
// (then its status unless published, its kind unless a reader comment, its
// score).
// It repeats the marker's data; the reader skips it when it is exactly what
// the marker says, and keeps it as body text otherwise.

import type { Mark, Paragraph } from "../schema/block.js";

interface BylineSource {
  parentId?: string | undefined;
  author?: unknown;
  publishedAt?: unknown;
  updatedAt?: unknown;
  status?: unknown;
  kind?: unknown;
  score?: unknown;
}

/**
 * Build the byline paragraph of a comment.
 *
 * @param comment
 *   Comment (or its marker's data).
 * @returns
 *   The paragraph, or `undefined` when the data has no author name.
 */
export function _byline(comment: BylineSource): Paragraph | undefined {
  const author = comment.author as { name?: unknown; url?: unknown } | undefined;
  if (typeof author !== "object" || author === null || typeof author.name !== "string") {
    return undefined;
  }
  const name = author.name;
  if (name.trim() === "") return undefined;
  let text = name;
  const marks: Mark[] = [];
  if (typeof author.url === "string") {
    marks.push({ type: "link", start: 0, end: name.length, url: author.url });
  }
  marks.push({ type: "strong", start: 0, end: name.length });
  if (typeof comment.publishedAt === "string") text += ` · ${comment.publishedAt}`;
  if (typeof comment.updatedAt === "string") text += ` · edited ${comment.updatedAt}`;
  if (typeof comment.parentId === "string") text += ` · reply to ${comment.parentId}`;
  if (typeof comment.status === "string" && comment.status !== "published") {
    text += ` · ${comment.status}`;
  }
  if (typeof comment.kind === "string" && comment.kind !== "comment") text += ` · ${comment.kind}`;
  if (typeof comment.score === "number") text += ` · score ${comment.score}`;
  return { type: "paragraph", text, marks };
}
