// Short lines that mean the same wherever they are: page chrome ("Reply",
// "Leave a Reply"), "comments are closed" notices, comment counts and
// comments headings. All but chrome start the comments area.
import { _fold } from "../_fold.js";
import { _countOf, type Line, SHORT_LINE } from "../_lines.js";
import { _flushBody } from "./blocks.js";
import { _flushComment, _setCount, _startComments } from "./comments.js";
import { _note, type State } from "./state.js";

/**
 * Read a chrome, notice, count or comments-heading line.
 *
 * @param state
 *   State of the read.
 * @param line
 *   Line with text.
 * @returns
 *   Whether the line was one.
 */
export function _readChrome(state: State, line: Line): boolean {
  if (line.content.length > SHORT_LINE) return false;
  const lexicon = state.lexicon;
  const key = _fold(line.content);
  if (lexicon.chrome.has(key)) {
    if (state.inComments) _flushComment(state);
    else _flushBody(state, false);
    _note(state, line, "page-chrome", "Page chrome (a link, button or notice of the page)");
    if (lexicon.form.has(key)) {
      // A comment form: what follows is in the comments area, but in no comment.
      state.inComments = true;
      state.closed = true;
      state.open.length = 0;
    } else if (lexicon.reply.has(key) && state.inComments) {
      // A "Reply" link ends a comment that is not a bullet.
      const top = state.open[state.open.length - 1];
      if (top && !top.bullet) state.closed = true;
    }
    return true;
  }
  if (lexicon.commentsClosed.has(key)) {
    _enterComments(state);
    state.closed = true;
    state.open.length = 0;
    _note(
      state,
      line,
      "comments-closed",
      "Notice that comments are closed (the model has no field for it)",
    );
    return true;
  }
  const count = _countOf(key);
  if (count !== undefined) {
    _enterComments(state);
    _setCount(state, line, count);
    return true;
  }
  if (lexicon.commentsHeading.has(key)) {
    _enterComments(state);
    _note(state, line, "comments-heading", "Heading of the comments (no count declared)");
    return true;
  }
  return false;
}

// Close what is open before a line of the comments area.
function _enterComments(state: State): void {
  if (state.inComments) _flushComment(state);
  else _startComments(state);
}
