// The state of one read of a page, shared by the handlers of each part of
// the page (title.ts, blocks.ts, tags.ts, images.ts, comments.ts,
// chrome.ts, body.ts), like hast-util-to-mdast's `state`: the article being
// built, the lines waiting to become blocks, the open comments, and the
// messages.
import { _message } from "../../message.js";
import type { Block, Image } from "../../schema/block.js";
import type { Comment } from "../../schema/comment.js";
import type { Section } from "../../schema/section.js";
import type { Tag } from "../../schema/tag.js";
import type { Now } from "../_dates.js";
import { _lexicon, type Lexicon } from "../_fold.js";
import type { Line } from "../_lines.js";
import type { TextMessage, TextRuleId } from "../messages.js";
import type { Vocabulary } from "../vocabulary.js";

/** Settings of one read. */
export interface ReadContext {
  lang: string;
  vocabulary: Vocabulary;
  now: Now | undefined;
  /** Where messages go (those of the input cleaning may already be there). */
  messages: TextMessage[];
}

/** A comment that later lines may still belong to (or reply to). */
export interface OpenComment {
  comment: Comment;
  indent: number;
  rank: number;
  bullet: boolean;
  /** Whether a body line was seen (a date line must come first). */
  seen: boolean;
}

/** Everything one read of a page keeps between lines. */
export interface State {
  vocabulary: Vocabulary;
  now: Now | undefined;
  lexicon: Lexicon;
  messages: TextMessage[];

  // The article being built.
  lead: Block[];
  sections: Section[];
  tags: Tag[];
  comments: Comment[];
  commentCount: number | undefined;
  /** Where body blocks go: the lead, then the last section. */
  blocks: Block[];
  /** Images still waiting for a credit, and for a caption (last first). */
  uncredited: Image[];
  uncaptioned: Image[];

  // Body lines not yet made into blocks.
  pending: Line[];
  /** Whether the first pending line came after a blank line. */
  pendingAfterBlank: boolean;
  quoteLines: Line[];

  /** Whether the text is a whole page's render (no comment opens in the body). */
  page: boolean;

  // The comments area.
  inComments: boolean;
  /** The open comments: the last one and its ancestors, outermost first. */
  open: OpenComment[];
  /** Whether text here belongs to no comment (after a form or a "Reply" link). */
  closed: boolean;
  commentPending: Line[];
  commentQuote: Line[];
  pendingOwner: OpenComment | undefined;
}

/**
 * Start the state of a read.
 *
 * @param context
 *   Vocabulary, reference instant and the message list.
 * @returns
 *   State with an empty article, reading the lead.
 */
export function _state(context: ReadContext): State {
  const lead: Block[] = [];
  return {
    vocabulary: context.vocabulary,
    now: context.now,
    lexicon: _lexicon(),
    messages: context.messages,
    lead,
    sections: [],
    tags: [],
    comments: [],
    commentCount: undefined,
    blocks: lead,
    uncredited: [],
    uncaptioned: [],
    pending: [],
    pendingAfterBlank: true,
    quoteLines: [],
    page: false,
    inComments: false,
    open: [],
    closed: false,
    commentPending: [],
    commentQuote: [],
    pendingOwner: undefined,
  };
}

/**
 * Report something at a place of a line.
 *
 * @param state
 *   State of the read.
 * @param line
 *   Line concerned.
 * @param ruleId
 *   Rule id.
 * @param reason
 *   Sentence for people.
 * @param column
 *   1-based column in the line (default: its first character with text).
 * @param actual
 *   What the message is about (default: the line's trimmed content; none
 *   when empty).
 */
export function _note(
  state: State,
  line: Line,
  ruleId: TextRuleId,
  reason: string,
  column = line.start + 1,
  actual = line.content,
): void {
  const place = { line: line.number, column, offset: line.offset + column - 1 };
  state.messages.push(_message(ruleId, reason, actual === "" ? { place } : { place, actual }));
}
