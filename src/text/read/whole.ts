// Read a whole page's render along its plan (page.ts): the lines before the
// title are page chrome; the article's lines go to the body reader (which
// opens no comment there: navigation menus are nested bullets too); in the
// comments area each unit opens a comment (a reply when its header is
// indented deeper than an open one), widget lines (reply, like, report,
// vote counts) are reported, the other lines are the bodies; the lines
// after the comments area are page chrome.
import type { Article } from "../../schema/article.js";
import type { Comment } from "../../schema/comment.js";
import { dedupeTags } from "../../tags/dedupe.js";
import { _fold, _lexicon } from "../_fold.js";
import { _bulletOf, _hashHeadingOf, type Line, type LineReader } from "../_lines.js";
import { _flushBody } from "./blocks.js";
import { _bodyLine } from "./body.js";
import { _flushComment, _setCount } from "./comments.js";
import { _readMeta } from "./meta.js";
import {
  _bylineOf,
  _isWidgetLine,
  _pageCountOf,
  _stripHead,
  type Plan,
  type Unit,
} from "./page.js";
import { _isQuoteLine, _quoteBlock } from "./paragraphs.js";
import { _note, _state, type OpenComment, type ReadContext, type State } from "./state.js";
import { ELSEWHERE_HEADS, MORE_COMMENTS } from "./words.js";

/**
 * A line reader over lines already read.
 *
 * @param lines
 *   The lines.
 * @returns
 *   The reader.
 */
export function _arrayReader(lines: readonly Line[]): LineReader {
  let index = 0;
  return {
    next: () => lines[index++],
    peekText() {
      for (let at = index; at < lines.length; at++) {
        const line = lines[at] as Line;
        if (line.content !== "") return line;
      }
      return undefined;
    },
  };
}

const CLEAN_BULLETS = new Set(["•", "◦", "▪"]);

/**
 * Whether the text is the render of a whole page rather than the shape
 * `toText` writes: a comment header `toText` never writes (a list number,
 * an avatar, a name and date on one line, another bullet glyph), or a
 * renderer's marks (`[…]` placeholders and form fields, w3m's `□ ☆`).
 *
 * @param lines
 *   All lines.
 * @param plan
 *   The page's plan.
 * @returns
 *   Whether to read it as a whole page.
 */
export function _isWholePage(lines: readonly Line[], plan: Plan): boolean {
  // One bare unit alone is no evidence: a line of a clean text may read so.
  const strong =
    plan.units.size >= 2 || [...plan.units.values()].some((unit) => unit.shape.startsWith("num"));
  for (const unit of strong ? plan.units.values() : []) {
    const first = lines[unit.start] as Line;
    const glyph = first.content.charAt(0);
    if (unit.shape !== "num+below" || !CLEAN_BULLETS.has(glyph) || first.indent % 4 !== 2) {
      return true;
    }
  }
  let marks = 0;
  let bullets = 0;
  let menus = true;
  for (const line of lines) {
    // A bullet list before any comment heading: `toText` writes "- x"
    // lists and `•` only for comments, so this is a menu.
    if (line.number - 1 >= plan.commentsFrom || _opensComments(line.content)) menus = false;
    if (line.content.startsWith("• ") || line.content.startsWith("* ")) {
      if (++bullets >= 2 && menus) return true;
    } else if (line.content !== "") bullets = 0;
    const content = line.content;
    const first = content.charAt(0);
    if (first === "[" && content.indexOf("]") > 0 && content.indexOf("]") < 60) marks++;
    else if (first === "□" || first === "☆") marks++;
    if (marks >= 2) return true;
  }
  return false;
}

// A count, comments heading or closed notice: `toText`'s comments follow.
function _opensComments(content: string): boolean {
  if (content.length > 300) return false;
  const key = _fold(content);
  const lexicon = _lexicon();
  return (
    _pageCountOf(content) !== undefined ||
    lexicon.commentsHeading.has(key) ||
    lexicon.commentsClosed.has(key)
  );
}

interface Open {
  comment: Comment;
  indent: number;
}

/**
 * Read a whole page along its plan.
 *
 * @param lines
 *   All lines (at least one with text).
 * @param plan
 *   Where the title, the article and the comments are.
 * @param context
 *   Language, vocabulary, reference instant and the message list.
 * @returns
 *   The article.
 */
export function _readWholePage(lines: readonly Line[], plan: Plan, context: ReadContext): Article {
  const state = _state(context);
  state.page = true;
  const lexicon = _lexicon();
  const titleLine = lines[plan.title] as Line;
  const heading = _hashHeadingOf(titleLine.content);
  const title = heading ? heading.text : titleLine.content;
  const reader = _arrayReader(lines);
  let afterBlank = true;
  let bodyCount: number | undefined;
  // A byline is looked for in the first lines under the title.
  let bylineRoom = 3;
  let chromeList = false;
  const authors: { name: string }[] = [];
  let publishedAt: string | undefined;
  const open: Open[] = [];
  let current: OpenComment | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = reader.next() as Line;
    const content = line.content;
    if (index <= plan.title) {
      if (index < plan.title && content !== "") {
        const count = _pageCountOf(content);
        if (count !== undefined) bodyCount ??= count;
        _note(
          state,
          line,
          "page-chrome",
          "Page chrome before the article (navigation, menus, banners)",
        );
      }
      continue;
    }
    if (content !== "" && _pageNotice(state, line)) continue;
    if (index < plan.commentsFrom) {
      if (content === "") {
        _flushBody(state, true);
        afterBlank = true;
        continue;
      }
      const wasAfterBlank = afterBlank;
      afterBlank = false;
      const key = content.length <= 300 ? _fold(content) : "";
      const bulleted = _bulletOf(content) !== undefined;
      if (lexicon.chrome.has(key) || _isWidgetLine(content) || (chromeList && bulleted)) {
        // The list under a chrome line ("Share this:", "Partager :") is its row of links.
        chromeList = !bulleted || chromeList;
        _flushBody(state, false);
        _note(state, line, "page-chrome", "Page chrome (a link, button or notice of the page)");
        continue;
      }
      chromeList = false;
      const head = _stripHead(content);
      if (head.rest === "" && head.avatar) {
        _flushBody(state, false);
        _note(
          state,
          line,
          "page-chrome",
          "A placeholder of the renderer (image, icon or form button)",
        );
        continue;
      }
      if (bylineRoom > 0) {
        bylineRoom--;
        const byline = _bylineOf(content, context.vocabulary, context.now);
        if (byline && byline.name !== undefined && authors.length === 0)
          authors.push({ name: byline.name });
        if (byline?.date !== undefined) publishedAt ??= byline.date;
        if (byline?.count !== undefined) bodyCount ??= byline.count;
        if (byline) {
          _flushBody(state, false);
          _note(
            state,
            line,
            "byline",
            "Byline of the article: read into its authors, date and comment count",
          );
          continue;
        }
      }
      const count = content.length <= 200 ? _pageCountOf(content) : undefined;
      if (count !== undefined) {
        _flushBody(state, false);
        bodyCount ??= count;
        _note(state, line, "comment-count", `Comment count (${count}) away from the comments`);
        continue;
      }
      _bodyLine(state, line, wasAfterBlank, reader);
      continue;
    }
    if (index === plan.commentsFrom) _flushBody(state, true);
    if (index >= plan.commentsTo) {
      if (current) {
        _flushComment(state);
        current = undefined;
      }
      if (content === "") continue;
      const count = content.length <= 200 ? _pageCountOf(content) : undefined;
      if (count !== undefined && state.commentCount === undefined) bodyCount ??= count;
      _chromeOrLeftover(state, line);
      continue;
    }
    // The comments area.
    const unit = plan.units.get(index);
    if (unit) {
      _flushComment(state);
      current = _openUnit(state, open, unit, lines);
      continue;
    }
    if (content === "") {
      _flushComment(state);
      continue;
    }
    if (plan.headerLines.has(index)) {
      if (!_isUnitLine(current, index)) _widget(state, line);
      continue;
    }
    const key = content.length <= 300 ? _fold(content) : "";
    const count = content.length <= 200 ? _pageCountOf(content) : undefined;
    if (count !== undefined && (current === undefined || state.commentCount === undefined)) {
      _flushComment(state);
      _setCount(state, line, count);
      continue;
    }
    if (lexicon.commentsHeading.has(key)) {
      _flushComment(state);
      _note(state, line, "comments-heading", "Heading of the comments (no count declared)");
      continue;
    }
    if (lexicon.chrome.has(key) || lexicon.form.has(key) || _isWidgetLine(content)) {
      _flushComment(state);
      _widget(state, line);
      continue;
    }
    if (!current) {
      if (_readMeta(state, line)) continue;
      _chromeOrLeftover(state, line);
      continue;
    }
    _bodyOf(state, current, line);
  }
  if (state.inComments || current) _flushComment(state);
  _flushBody(state, true);
  const article: Article = {
    title,
    lang: context.lang,
    authors,
    lead: state.lead,
    sections: state.sections,
    tags: dedupeTags(state.tags),
    comments: state.comments,
  };
  if (publishedAt !== undefined) article.publishedAt = publishedAt;
  const count = state.commentCount ?? bodyCount;
  if (count !== undefined) article.commentCount = count;
  return article;
}

// A line of the comments' chrome: the vocabulary's page chrome, or a widget.
function _widget(state: State, line: Line): void {
  const key = line.content.length <= 300 ? _fold(line.content) : "";
  if (_lexicon().chrome.has(key)) {
    _note(state, line, "page-chrome", "Page chrome (a link, button or notice of the page)");
  } else {
    _note(
      state,
      line,
      "comment-widget",
      "A comment's header part, button or counter (number, avatar, reply, like, report, votes)",
    );
  }
}

// A line outside any comment: page chrome when the vocabulary knows it.
function _chromeOrLeftover(state: State, line: Line): void {
  const key = line.content.length <= 300 ? _fold(line.content) : "";
  if (_lexicon().chrome.has(key)) {
    _note(state, line, "page-chrome", "Page chrome (a link, button or notice of the page)");
  } else {
    _note(
      state,
      line,
      "unattached-text",
      "Text in the comments area outside any comment (page chrome)",
    );
  }
}

// "More comments" and "comments are elsewhere" lines, anywhere on the page.
function _pageNotice(state: State, line: Line): boolean {
  if (line.content.length > 200) return false;
  const key = _fold(line.content);
  if (MORE_COMMENTS.includes(key)) {
    if (state.inComments) _flushComment(state);
    else _flushBody(state, false);
    _note(state, line, "more-comments", "More comments are on another page or behind a button");
    return true;
  }
  if (_isElsewhere(key)) {
    if (state.inComments) _flushComment(state);
    else _flushBody(state, false);
    _note(state, line, "comments-elsewhere", "The comments are on another site");
    return true;
  }
  return false;
}

function _isElsewhere(key: string): boolean {
  if (key.length === 0 || key.length > 200) return false;
  for (const head of ELSEWHERE_HEADS) if (key.startsWith(head)) return true;
  return false;
}

// Whether a header line is the unit's name or date line (those land in fields).
function _isUnitLine(current: OpenComment | undefined, index: number): boolean {
  const unit = (current as (OpenComment & { unit?: Unit }) | undefined)?.unit;
  if (!unit) return false;
  return index === unit.dateLine || index === (unit as Unit & { nameLine?: number }).nameLine;
}

function _openUnit(state: State, open: Open[], unit: Unit, lines: readonly Line[]): OpenComment {
  while (open.length > 0 && (open[open.length - 1] as Open).indent >= unit.indent) open.pop();
  const parent = open[open.length - 1];
  const comment: Comment = {
    id: `c${state.comments.length + 1}`,
    author: { name: unit.name },
    status: "published",
    body: [],
  };
  if (parent) comment.parentId = parent.comment.id;
  if (unit.date && "iso" in unit.date) comment.publishedAt = unit.date.iso;
  else if (unit.date && unit.dateLine !== undefined) {
    _note(state, lines[unit.dateLine] as Line, "relative-date", unit.date.reason);
  }
  state.comments.push(comment);
  open.push({ comment, indent: unit.indent });
  state.inComments = true;
  // The line that holds the name is the unit's start unless it is a marker.
  const nameLine = unit.header.find((at) => _stripHead((lines[at] as Line).content).rest !== "");
  const owner: OpenComment & { unit: Unit & { nameLine?: number } } = {
    comment,
    indent: unit.indent,
    rank: 0,
    bullet: false,
    seen: true,
    unit: { ...unit, ...(nameLine === undefined ? {} : { nameLine }) },
  };
  const first = lines[unit.start] as Line;
  if (!_isUnitLine(owner, unit.start) && first.content !== "") _widget(state, first);
  return owner;
}

// A body line of the open comment (quote lines gather into a quote block).
function _bodyOf(state: State, owner: OpenComment, line: Line): void {
  if (state.pendingOwner !== owner) {
    _flushComment(state);
    state.pendingOwner = owner;
  }
  if (_isQuoteLine(line.content)) {
    state.commentQuote.push(line);
    return;
  }
  if (state.commentQuote.length > 0) {
    owner.comment.body.push(_quoteBlock(state, state.commentQuote));
    state.commentQuote = [];
  }
  state.commentPending.push(line);
}
