// The comments area: author lines open comments (bullets and their depth,
// `↳ [n] Name` levels, "Name says:"), then each line goes to the comment it
// belongs to: its date first, then its body.
import type { Comment } from "../../schema/comment.js";
import { _parseDate } from "../_dates.js";
import { _bulletOf, _levelReplyOf, _saysAuthorOf, type Line } from "../_lines.js";
import { _flushBody } from "./blocks.js";
import { _readMeta } from "./meta.js";
import { _isQuoteLine, _paragraph, _quoteBlock } from "./paragraphs.js";
import { _note, type OpenComment, type State } from "./state.js";

/**
 * Make the waiting lines of a comment its blocks.
 *
 * @param state
 *   State of the read.
 */
export function _flushComment(state: State): void {
  const owner = state.pendingOwner;
  if (!owner) return;
  const body = owner.comment.body;
  if (state.commentQuote.length > 0) body.push(_quoteBlock(state, state.commentQuote));
  if (state.commentPending.length > 0) body.push(_paragraph(state, state.commentPending));
  state.commentQuote = [];
  state.commentPending = [];
  state.pendingOwner = undefined;
}

/**
 * Enter the comments area (the waiting body lines become blocks).
 *
 * @param state
 *   State of the read.
 */
export function _startComments(state: State): void {
  _flushBody(state, false);
  state.inComments = true;
}

/**
 * Open a comment by its author line: a reply to the open comment that is
 * indented less, or as much with a lower bullet rank.
 *
 * @param state
 *   State of the read.
 * @param line
 *   Author line.
 * @param name
 *   Author name.
 * @param rank
 *   Bullet rank (`0` for a line that is not a bullet).
 * @param bullet
 *   Whether the line is a bullet.
 */
export function _addComment(
  state: State,
  line: Line,
  name: string,
  rank: number,
  bullet: boolean,
): void {
  _flushComment(state);
  const open = state.open;
  while (open.length > 0) {
    const top = open[open.length - 1] as OpenComment;
    if (top.indent > line.indent || (top.indent === line.indent && top.rank >= rank)) open.pop();
    else break;
  }
  _open(state, _newComment(state, name, open[open.length - 1]), line.indent, rank, bullet);
}

/**
 * Read a comment-count line (the first count is kept; another that differs
 * is reported).
 *
 * @param state
 *   State of the read.
 * @param line
 *   Count line.
 * @param count
 *   The count it declares.
 */
export function _setCount(state: State, line: Line, count: number): void {
  if (state.commentCount === undefined) state.commentCount = count;
  else if (state.commentCount !== count) {
    _note(
      state,
      line,
      "comment-count-conflict",
      `Second comment count (${count}) differs from the first (${state.commentCount}): the first is kept`,
    );
  }
}

/**
 * Read a line of the comments area.
 *
 * @param state
 *   State of the read.
 * @param line
 *   Line with text.
 */
export function _commentLine(state: State, line: Line): void {
  const content = line.content;
  const bullet = _bulletOf(content);
  if (bullet) {
    const name = _saysAuthorOf(bullet.rest) ?? bullet.rest;
    if (name === "") {
      _flushComment(state);
      _note(state, line, "empty-author", "Bullet with no author name: no comment made");
      return;
    }
    _addComment(state, line, name, bullet.rank, true);
    return;
  }
  const levelReply = _levelReplyOf(content);
  if (levelReply) {
    const name = _saysAuthorOf(levelReply.rest) ?? levelReply.rest;
    _addLevelReply(state, line, name, levelReply.level);
    return;
  }
  const says = _saysAuthorOf(content);
  if (says !== undefined) {
    _addComment(state, line, says, 0, false);
    return;
  }
  const owner = _ownerOf(state, line);
  if (!owner) {
    _flushComment(state);
    if (_readMeta(state, line)) return;
    _note(
      state,
      line,
      "unattached-text",
      "Text in the comments area outside any comment (page chrome)",
    );
    return;
  }
  if (!owner.seen && owner.comment.publishedAt === undefined && _readDate(state, line, owner)) {
    return;
  }
  owner.seen = true;
  if (state.pendingOwner !== owner) _flushComment(state);
  state.pendingOwner = owner;
  if (_isQuoteLine(content)) {
    if (state.commentPending.length > 0) {
      owner.comment.body.push(_paragraph(state, state.commentPending));
      state.commentPending = [];
    }
    state.commentQuote.push(line);
  } else {
    if (state.commentQuote.length > 0) {
      owner.comment.body.push(_quoteBlock(state, state.commentQuote));
      state.commentQuote = [];
    }
    state.commentPending.push(line);
  }
}

// An author line that says its reply level (`↳ [9] Name`): its parent is
// the open comment one level up (the open comments are the ancestors of
// the last one, level 0 first).
function _addLevelReply(state: State, line: Line, name: string, level: number): void {
  _flushComment(state);
  const open = state.open;
  let depth = level;
  if (depth > open.length) {
    _note(
      state,
      line,
      "reply-level-skipped",
      `Reply level ${level} is deeper than the thread open here allows: read as level ${open.length}`,
    );
    depth = open.length;
  }
  open.length = depth;
  _open(state, _newComment(state, name, open[depth - 1]), line.indent, 4, true);
}

function _newComment(state: State, name: string, parent: OpenComment | undefined): Comment {
  const comment: Comment = {
    id: `c${state.comments.length + 1}`,
    author: { name },
    status: "published",
    body: [],
  };
  if (parent) comment.parentId = parent.comment.id;
  return comment;
}

function _open(state: State, comment: Comment, indent: number, rank: number, bullet: boolean) {
  state.comments.push(comment);
  state.open.push({ comment, indent, rank, bullet, seen: false });
  state.closed = false;
}

// Which open comment a body line belongs to, or undefined.
function _ownerOf(state: State, line: Line): OpenComment | undefined {
  if (state.closed) return undefined;
  const open = state.open;
  while (open.length > 0) {
    const top = open[open.length - 1] as OpenComment;
    if (!top.bullet || top.indent < line.indent) return top;
    open.pop();
  }
  return undefined;
}

// The first line of a comment may be its date. Returns whether it was.
function _readDate(state: State, line: Line, owner: OpenComment): boolean {
  const date = _parseDate(line.content, state.vocabulary, state.now);
  if (!date) return false;
  owner.seen = true;
  if ("iso" in date) owner.comment.publishedAt = date.iso;
  else {
    _note(state, line, "relative-date", date.reason);
  }
  return true;
}
