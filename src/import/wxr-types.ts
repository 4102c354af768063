import type { Message } from "../message.js";
import type { Article } from "../schema/article.js";

/** Ids of the messages of `fromWxr` and `streamWxr` (docs/formats/import.md explains each). */
export type WxrRuleId =
  | "author-unknown"
  | "block-dynamic"
  | "control-characters"
  | "date-invalid"
  | "doctype-ignored"
  | "email-invalid"
  | "html-too-deep"
  | "duplicate-id"
  | "id-missing"
  | "item-skipped"
  | "note-skipped"
  | "parent-cycle"
  | "parent-missing"
  | "shortcode-kept"
  | "status-unknown"
  | "title-missing"
  | "unsafe-url"
  | "url-invalid"
  | "version-unknown";

/** The closed list of {@link WxrRuleId}s. */
export const WXR_RULE_IDS: readonly WxrRuleId[] = [
  "author-unknown",
  "block-dynamic",
  "control-characters",
  "date-invalid",
  "doctype-ignored",
  "email-invalid",
  "html-too-deep",
  "duplicate-id",
  "id-missing",
  "item-skipped",
  "note-skipped",
  "parent-cycle",
  "parent-missing",
  "shortcode-kept",
  "status-unknown",
  "title-missing",
  "unsafe-url",
  "url-invalid",
  "version-unknown",
];

/** A message of `fromWxr` or `streamWxr`. */
export type WxrMessage = Message<WxrRuleId>;

/** Options of `fromWxr` and `streamWxr`. */
export interface FromWxrOptions {
  /**
   * Keep WordPress 6.9 block notes (`comment_type` `note`: editors' notes on
   * the draft, not reader comments) as comments of kind `"note"` (default:
   * `false`: they are left out, each reported as `note-skipped`).
   */
  notes?: boolean | undefined;
  /**
   * The `wp:post_type`s read as articles; other items (attachments, menu
   * items, reusable blocks…) are left out, each reported as `item-skipped`
   * (default: `["post", "page"]`; an item without a type is a post).
   */
  postTypes?: readonly string[] | undefined;
}

/** What `fromWxr` returns. */
export interface FromWxrResult {
  /** One article per post or page, in file order (each valid: `parseArticle` accepts it unchanged). */
  articles: Article[];
  /** What was left out or repaired, and why (paths start `["articles", n]`). */
  messages: WxrMessage[];
}

/**
 * What `streamWxr` yields: an article as soon as its item ends, with the
 * messages about it; or, with `article` undefined, messages about the file
 * or an item that was left out.
 */
export interface WxrChunk {
  /** The article, or `undefined` for messages alone. */
  article: Article | undefined;
  /** The messages raised since the previous yield (paths start `["articles", n]`). */
  messages: WxrMessage[];
}
