// The duplicate report of `dedupe` and `near`: one JSON line per duplicate
// comment, in corpus order, naming it, the comment it matched and the first
// comment of its group.
import type { NearDuplicate } from "../../dedup/near.js";

/** Where each compared comment came from, by position. */
export interface _Origins {
  /** Per comment: the index of its article in `articles`. */
  owner: number[];
  comment: string[];
  articles: { file: string; line: number; id: string | undefined; index: number | undefined }[];
  /** Whether to name the file (several inputs). */
  withFile: boolean;
}

/** A comment's reference in the report. */
function _ref(origins: _Origins, at: number): Record<string, unknown> {
  const article = origins.articles[origins.owner[at] as number];
  const ref: Record<string, unknown> = {};
  if (article === undefined) return ref;
  if (origins.withFile || article.line === 0) ref.file = article.file;
  if (article.line > 0) ref.line = article.line;
  if (article.index !== undefined) ref.index = article.index;
  if (article.id !== undefined) ref.article = article.id;
  ref.comment = origins.comment[at];
  return ref;
}

/** One line of the report. */
export function _duplicateLine(origins: _Origins, duplicate: NearDuplicate): string {
  const record: Record<string, unknown> = {
    kind: duplicate.similarity === 1 ? "exact" : "near",
    similarity: Math.round(duplicate.similarity * 10_000) / 10_000,
  };
  if (duplicate.estimated === true) record.estimated = true;
  Object.assign(record, _ref(origins, duplicate.index));
  record.of = _ref(origins, duplicate.of);
  record.group = _ref(origins, duplicate.group);
  return `${JSON.stringify(record)}\n`;
}
