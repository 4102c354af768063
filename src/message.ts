// The one message type of every reader (text, Markdown, and the readers to
// come), shaped like unified's vfile-message so that tools print and filter
// them the same way: a stable `ruleId`, the `source` that raised it, a
// `reason` for people, and where it happened.
import type { Path, Place } from "./error.js";

/**
 * Something a reader noticed and handled: a part of the input it left out of
 * the article (reported, never silently dropped), or a repair it made.
 *
 * @typeParam RuleId
 *   The closed union of rule ids of the reader that produced it.
 */
export interface Message<RuleId extends string = string> {
  /** Stable id of the rule, to branch on (each reader documents its union). */
  ruleId: RuleId;
  /** Always `"marginalia"`, as in vfile-message's `source`. */
  source: "marginalia";
  /** A sentence for people. */
  reason: string;
  /** Where in the input (1-based line and column, 0-based offset; after line endings are normalised). */
  place?: Place | undefined;
  /** Where the content landed in the article, when it landed somewhere. */
  path?: Path | undefined;
  /** The input the message is about (a line's trimmed content, a character), when there is one. */
  actual?: string | undefined;
}

/**
 * Make a message (internal; every reader builds its messages through it so
 * that the shape stays one).
 *
 * @param ruleId
 *   Rule id.
 * @param reason
 *   Sentence for people.
 * @param where
 *   Place, path and actual input, each optional.
 * @returns
 *   The message, with only the fields that have a value.
 */
export function _message<RuleId extends string>(
  ruleId: RuleId,
  reason: string,
  where?: { place?: Place | undefined; path?: Path | undefined; actual?: string | undefined },
): Message<RuleId> {
  const message: Message<RuleId> = { ruleId, source: "marginalia", reason };
  if (where !== undefined) {
    if (where.place !== undefined) message.place = where.place;
    if (where.path !== undefined) message.path = where.path;
    if (where.actual !== undefined) message.actual = where.actual;
  }
  return message;
}
