// A line of the article's body (before the comments area): tags and image
// lines, `#` headings, `>` quote lines, an author line that starts the
// comments, or a line of the next paragraph or list.

import type { Section } from "../../schema/section.js";
import { _bulletOf, _hashHeadingOf, _saysAuthorOf, type Line, type LineReader } from "../_lines.js";
import { _flushBody, _flushQuote, _startSection } from "./blocks.js";
import { _addComment, _startComments } from "./comments.js";
import { _readMeta } from "./meta.js";
import { _isQuoteLine } from "./paragraphs.js";
import type { State } from "./state.js";

/**
 * Read a line of the body.
 *
 * @param state
 *   State of the read.
 * @param line
 *   Line with text.
 * @param afterBlank
 *   Whether a blank line (or the title) came right before it.
 * @param lines
 *   The line reader, to look at the next line with text.
 */
export function _bodyLine(state: State, line: Line, afterBlank: boolean, lines: LineReader): void {
  const content = line.content;
  if (_readMeta(state, line)) return;
  const heading = _hashHeadingOf(content);
  if (heading) {
    _flushBody(state, false);
    _startSection(state, heading.text, heading.level as Section["level"]);
    return;
  }
  if (_isQuoteLine(content)) {
    if (state.pending.length > 0) {
      // The paragraph before ends here; the quote lines wait.
      const saved = state.quoteLines;
      state.quoteLines = [];
      _flushBody(state, false);
      state.quoteLines = saved;
    }
    state.quoteLines.push(line);
    return;
  }
  if (state.quoteLines.length > 0) _flushQuote(state, state.blocks);
  const says = state.page ? undefined : _saysAuthorOf(content);
  if (says !== undefined) {
    _startComments(state);
    _addComment(state, line, says, 0, false);
    return;
  }
  // A bullet whose next line is indented deeper (and no bullet) is a comment.
  const bullet = _bulletOf(content);
  if (bullet && bullet.rest !== "" && !state.page) {
    const next = lines.peekText();
    if (next && next.indent > line.indent && !_bulletOf(next.content)) {
      _startComments(state);
      _addComment(state, line, _saysAuthorOf(bullet.rest) ?? bullet.rest, bullet.rank, true);
      return;
    }
  }
  if (state.pending.length === 0) state.pendingAfterBlank = afterBlank;
  state.pending.push(line);
}
