// The messages of `fromText`: the library's one message type, with the
// closed union of rule ids this reader emits (each is described in
// docs/formats/text-messages.md).
import type { Message } from "../message.js";

/**
 * Rule id of a {@link TextMessage}: what `fromText` left out of the article
 * or changed (docs/formats/text-messages.md says what each means).
 */
export type TextRuleId =
  | "byline"
  | "caption-without-image"
  | "comment-count"
  | "comment-count-conflict"
  | "comment-widget"
  | "comments-closed"
  | "comments-elsewhere"
  | "comments-heading"
  | "credit-without-image"
  | "empty-author"
  | "malformed-unicode"
  | "misplaced-guillemet"
  | "more-comments"
  | "nul-removed"
  | "page-chrome"
  | "quote-notes-truncated"
  | "relative-date"
  | "reply-level-skipped"
  | "stray-quote"
  | "unattached-text"
  | "unclosed-quote";

/**
 * A message of `fromText`: a line, or part of one, that the reader did not
 * put in a field, or something it changed. `place` is always set (1-based
 * line and column, 0-based offset, in UTF-16 code units, counted after the
 * byte order mark is dropped, NUL characters removed and line endings turned
 * into LF); `actual` is the line's trimmed content or the quotation mark
 * concerned, absent when there is none.
 */
export type TextMessage = Message<TextRuleId>;
