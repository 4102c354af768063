// Types shared by the web formats: options, results and the closed unions of
// rule ids of each reader and writer (documented in docs/formats/web.md).
import type { Message } from "../message.js";
import type { Article } from "../schema/article.js";
import type { Person } from "../schema/person.js";

/** A comment status (`published`, `pending`, `spam`, `deleted`, `removed`). */
export type WebCommentStatus = "published" | "pending" | "spam" | "deleted" | "removed";

/** schema.org types `toJsonLd` can write. */
export type JsonLdType = "Article" | "NewsArticle" | "BlogPosting" | "DiscussionForumPosting";

/** Options of `toJsonLd` and `toJsonLdScript`. */
export interface ToJsonLdOptions {
  /**
   * Deepest reply nested under its parent's `comment`; deeper replies are
   * listed flat under the article with `parentItem`, which keeps the output
   * shallow enough for `JSON.stringify` (default: `32`).
   */
  maxDepth?: number | undefined;
  /**
   * How replies are linked: `"nested"` (under their parent's `comment`,
   * Google's discussion-forum guidance) or `"parentItem"` (every comment
   * under the article, replies naming their parent) (default: `"nested"`).
   */
  replies?: "nested" | "parentItem" | undefined;
  /**
   * Statuses of the comments written; a reply to a comment left out is
   * linked to its nearest written ancestor (default: `["published"]`).
   */
  statuses?: readonly WebCommentStatus[] | undefined;
  /** schema.org `@type` of the article (default: `"Article"`). */
  type?: JsonLdType | undefined;
}

/** Ids of the messages of `fromJsonLd`. */
export type JsonLdRuleId =
  | "author-unnamed"
  | "comment-duplicate-id"
  | "comment-id-generated"
  | "invalid-value"
  | "missing-parent"
  | "other-article"
  | "unresolved-reference"
  | "unused-property";

/** A message of `fromJsonLd`. */
export type JsonLdMessage = Message<JsonLdRuleId>;

/** Options of `fromJsonLd`. */
export interface FromJsonLdOptions {
  /**
   * Deepest nesting of the JSON-LD value walked (objects and arrays); a
   * deeper value is an `ArticleError` `input_too_complex` (default: `100000`).
   */
  maxDepth?: number | undefined;
}

/** What `fromJsonLd` and the other single-article readers return. */
export interface FromJsonLdResult {
  /** The article, canonical (as `parseArticle` returns it). */
  article: Article;
  /** What was noticed: values left out or repaired. */
  messages: JsonLdMessage[];
}

/** Options of `toActivityStreams`. */
export interface ToActivityStreamsOptions {
  /** Statuses of the comments written as `Note`s (default: `["published"]`). */
  statuses?: readonly WebCommentStatus[] | undefined;
}

/** The feed-level fields of `toJsonFeed`. */
export interface JsonFeedInfo {
  /** Authors of the feed (name and url are written). */
  authors?: readonly Person[] | undefined;
  /** Description of the feed. */
  description?: string | undefined;
  /** URL of the feed itself. */
  feed_url?: string | undefined;
  /** URL of the site the feed describes. */
  home_page_url?: string | undefined;
  /** Language of the feed (BCP 47). */
  language?: string | undefined;
  /** Statuses of the comments written in `_marginalia` (default: `["published"]`). */
  statuses?: readonly WebCommentStatus[] | undefined;
  /** Title of the feed (required). */
  title: string;
}

/** Ids of the messages of `fromJsonFeed`. */
export type JsonFeedRuleId =
  | "invalid-value"
  | "not-json-feed"
  | "title-generated"
  | "unused-property";

/** A message of `fromJsonFeed`. */
export type JsonFeedMessage = Message<JsonFeedRuleId>;

/** What `fromJsonFeed` returns. */
export interface FromJsonFeedResult {
  /** The articles, one per item, canonical. */
  articles: Article[];
  /** What was noticed; `path` starts with the item's index. */
  messages: JsonFeedMessage[];
}

/** The feed-level fields and options of `toAtom`. */
export interface AtomFeedInfo {
  /** Author of the feed (needed by Atom when an entry has none). */
  author?: Person | undefined;
  /** Write each comment as an entry with `thr:in-reply-to` (default: `false`). */
  comments?: boolean | undefined;
  /** IRI of the feed (required). */
  id: string;
  /** URL of the site (`link rel="alternate"`). */
  link?: string | undefined;
  /** URL of the feed itself (`link rel="self"`). */
  self?: string | undefined;
  /** Statuses of the comments written (default: `["published"]`). */
  statuses?: readonly WebCommentStatus[] | undefined;
  /** Subtitle of the feed. */
  subtitle?: string | undefined;
  /** Title of the feed (required). */
  title: string;
  /** When the feed last changed, RFC 3339 (default: the latest entry's `updated`). */
  updated?: string | undefined;
}

/** Ids of the messages of `toAtom`. */
export type AtomRuleId = "character-removed" | "date-completed";

/** A message of `toAtom`. */
export type AtomMessage = Message<AtomRuleId>;

/** What `toAtom` returns. */
export interface ToAtomResult {
  /** The Atom document (UTF-8 XML 1.0). */
  xml: string;
  /** What was changed to write it; `path` starts with the article's index. */
  messages: AtomMessage[];
}
