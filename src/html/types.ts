import type { Message } from "../message.js";
import type { Article } from "../schema/article.js";

/** CSS selectors that override the reader's heuristics on one site. */
export interface HtmlSelectors {
  /** Selector of the author element inside a comment (default: the platform's). */
  author?: string | undefined;
  /** Selector of the body inside a comment (default: the platform's). */
  body?: string | undefined;
  /** Selector of each comment item (default: the detected platform's). */
  comment?: string | undefined;
  /** Selector of the element holding the comments (default: the whole page). */
  comments?: string | undefined;
  /** Selector of the article body (default: hints, then text density). */
  content?: string | undefined;
  /** Selector of the date inside a comment (default: the platform's). */
  date?: string | undefined;
}

/**
 * A DOM `Document` or `Element` (a browser's, or jsdom's), as `fromHtml`
 * sees it: by its `nodeType` (9 or 1), so that no DOM types are needed.
 */
export interface HtmlDomNode {
  /** 9 for a document, 1 for an element. */
  readonly nodeType: number;
  /** `#document`, or the element's tag name. */
  readonly nodeName: string;
}

/** Options of `fromHtml`. */
export interface FromHtmlOptions {
  /**
   * Language of the page, a BCP 47 tag (default: `<html lang>`, else
   * `content-language`, else detected from the text: `"fr"` or `"en"`).
   * It also sets the numeric date order of shown dates (day first except in
   * English).
   */
  lang?: string | undefined;
  /**
   * The instant relative dates ("il y a 3 heures", "yesterday") count back
   * from: an ISO 8601 string or a `Date` (default: none; relative dates are
   * then left out and reported as `date-unread`).
   */
  now?: string | Date | undefined;
  /** Selector overrides for sites the heuristics miss (default: none). */
  selectors?: HtmlSelectors | undefined;
  /**
   * The page's address: the article `url` when the page declares none, and
   * the base of relative links (default: none; relative links are then kept
   * out of link marks, `<base href>` still applies).
   */
  url?: string | undefined;
}

/** Ids of the messages of `fromHtml` (docs/formats/html.md explains each). */
export type HtmlRuleId =
  | "comments-hosted"
  | "comments-paginated"
  | "comment-empty"
  | "date-unread"
  | "json-ld-invalid"
  | "no-content"
  | "pingback-skipped"
  | "unsafe-url";

/** The closed list of {@link HtmlRuleId}s. */
export const HTML_RULE_IDS: readonly HtmlRuleId[] = [
  "comments-hosted",
  "comments-paginated",
  "comment-empty",
  "date-unread",
  "json-ld-invalid",
  "no-content",
  "pingback-skipped",
  "unsafe-url",
];

/** A message of `fromHtml`. */
export type HtmlMessage = Message<HtmlRuleId>;

/** What `fromHtml` returns. */
export interface FromHtmlResult {
  /** The article (valid: `parseArticle` accepts it unchanged). */
  article: Article;
  /** What was left out or repaired, and why. */
  messages: HtmlMessage[];
}
