import type { Message } from "../message.js";
import type { Article } from "../schema/article.js";

/** Ids of the messages of `fromDisqus` and `streamDisqus` (docs/formats/import.md explains each). */
export type DisqusRuleId =
  | "boolean-invalid"
  | "control-characters"
  | "date-invalid"
  | "doctype-ignored"
  | "email-invalid"
  | "html-too-deep"
  | "duplicate-id"
  | "id-missing"
  | "parent-cycle"
  | "parent-missing"
  | "post-empty"
  | "thread-deleted"
  | "thread-duplicate"
  | "thread-merged"
  | "thread-missing"
  | "title-missing"
  | "unsafe-url"
  | "url-invalid";

/** The closed list of {@link DisqusRuleId}s. */
export const DISQUS_RULE_IDS: readonly DisqusRuleId[] = [
  "boolean-invalid",
  "control-characters",
  "date-invalid",
  "doctype-ignored",
  "email-invalid",
  "html-too-deep",
  "duplicate-id",
  "id-missing",
  "parent-cycle",
  "parent-missing",
  "post-empty",
  "thread-deleted",
  "thread-duplicate",
  "thread-merged",
  "thread-missing",
  "title-missing",
  "unsafe-url",
  "url-invalid",
];

/** A message of `fromDisqus` or `streamDisqus`. */
export type DisqusMessage = Message<DisqusRuleId>;

/** Options of `fromDisqus` and `streamDisqus`. */
export interface FromDisqusOptions {
  /**
   * What to do with threads Disqus marks deleted (`isDeleted` true): keep
   * them as articles with their posts, or leave them out with their posts
   * (default: `"keep"`; either way each is reported as `thread-deleted`).
   */
  deletedThreads?: "keep" | "skip" | undefined;
}

/** What `fromDisqus` returns. */
export interface FromDisqusResult {
  /** One article per thread (threads sharing an identifier are one), in file order; each valid. */
  articles: Article[];
  /** What was left out or repaired, and why (paths start `["articles", n]`). */
  messages: DisqusMessage[];
}

/**
 * What `streamDisqus` yields: an article with the messages about it; or,
 * with `article` undefined, messages about the file or posts left out.
 */
export interface DisqusChunk {
  /** The article, or `undefined` for messages alone. */
  article: Article | undefined;
  /** Messages (paths start `["articles", n]`). */
  messages: DisqusMessage[];
}
