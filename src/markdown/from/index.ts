import { _expectString } from "../../_args.js";
// Markdown → Article: clean the text, check the limits, parse with
// remark-parse and remark-frontmatter, then `mdastToArticle`.

import { _place } from "../../_place.js";
import { ArticleError, type Issue } from "../../error.js";
import { _message } from "../../message.js";
import { _checkLimits, type Limits } from "../_limits.js";
import { _readLimits } from "../_options.js";
import { _parser } from "../_processors.js";
import type { Context } from "../_read-blocks.js";
import type { FromMarkdownOptions, FromMarkdownResult } from "../types.js";
import { _mdastToArticle } from "./tree.js";

/**
 * Read Markdown (CommonMark with YAML front matter, written by `toMarkdown`
 * or by people) as an article.
 *
 * Front matter holds the metadata, `#` the title, the blocks before the
 * first `##` the lead, `##`–`######` the sections, and the marginalia
 * markers (`<!-- marginalia:… -->`) what Markdown has no syntax for and the
 * comments. Markdown the model has no block for becomes a `raw` block with a
 * message: nothing is dropped.
 *
 * @param markdown
 *   Markdown text. A BOM is ignored; CRLF and CR become LF; NUL characters
 *   are removed, with a message.
 * @param options
 *   Limits checked before parsing (optional).
 * @returns
 *   `{ article, messages }`: the canonical article (as `parseArticle`
 *   returns it) and what was noticed on the way.
 * @throws {ArticleError}
 *   `input_too_complex` when the input is over a limit (checked in linear
 *   time before parsing), `invalid_syntax` when the front matter is not YAML,
 *   and the issues of `parseArticle` when the result is not a valid article
 *   (a missing title, a front matter field of the wrong type, …).
 */
export function fromMarkdown(markdown: string, options?: FromMarkdownOptions): FromMarkdownResult {
  _expectString(markdown, "markdown", "fromMarkdown");
  const { limits } = _readLimits(options, "fromMarkdown");
  const context: Context = { source: undefined, messages: [] };
  const text = _cleanAndCheck(markdown, limits, context);
  return _mdastToArticle(_parser()(text), context);
}

/**
 * Clean Markdown (BOM, line endings, NUL, with a `nul-removed` message) and
 * check it against the limits: what runs before remark-parse, in
 * `fromMarkdown` and in the parser `remarkArticle` wraps.
 *
 * @param markdown
 *   Markdown.
 * @param limits
 *   Limits.
 * @param context
 *   Gets the cleaned text as its `source`, and the message.
 * @returns
 *   The cleaned text.
 * @throws {ArticleError}
 *   `input_too_complex` when the text is over a limit.
 */
export function _cleanAndCheck(markdown: string, limits: Limits, context: Context): string {
  if (markdown.length > limits.maxSize + 1) {
    throw new ArticleError([_checkLimits(markdown, limits) as Issue]);
  }
  const text = _clean(markdown, context);
  context.source = text;
  const issue = _checkLimits(text, limits);
  if (issue) throw new ArticleError([issue]);
  return text;
}

/** Clean the text: BOM, line endings, NUL. */
function _clean(markdown: string, context: Context): string {
  let text = markdown.charCodeAt(0) === 0xfeff ? markdown.slice(1) : markdown;
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  const nul = text.indexOf("\0");
  if (nul !== -1) {
    const before = text.length;
    text = text.replaceAll("\0", "");
    context.messages.push(
      _message(
        "nul-removed",
        `Removed ${before - text.length} NUL character(s) (U+0000), which no article text may hold`,
        { place: _place(text, nul) },
      ),
    );
  }
  return text;
}
