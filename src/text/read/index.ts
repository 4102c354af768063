// Read the lines of a page into an article: the title, then each line goes
// to the handler of its part of the page (chrome.ts, comments.ts, body.ts)
// over one shared state (state.ts).
import type { Article } from "../../schema/article.js";
import { dedupeTags } from "../../tags/dedupe.js";
import type { Line, LineReader } from "../_lines.js";
import { _flushBody } from "./blocks.js";
import { _bodyLine } from "./body.js";
import { _readChrome } from "./chrome.js";
import { _commentLine, _flushComment } from "./comments.js";
import { _planPage } from "./page.js";
import { _state, type ReadContext } from "./state.js";
import { _readTitle } from "./title.js";
import { _arrayReader, _isWholePage, _readWholePage } from "./whole.js";

export type { ReadContext } from "./state.js";

/**
 * Read the lines of a page (the title is the first line with text).
 *
 * @param lines
 *   Reader of the cleaned text's lines.
 * @param context
 *   Language, vocabulary, reference instant and the message list.
 * @returns
 *   The article.
 * @throws {ArticleError}
 *   With code `empty_text` when no line has text.
 */
export function _readPage(lines: LineReader, context: ReadContext): Article {
  const all: Line[] = [];
  for (let line = lines.next(); line; line = lines.next()) all.push(line);
  const plan = _planPage(all, context.vocabulary, context.now);
  if (_isWholePage(all, plan)) return _readWholePage(all, plan, context);
  return _readClean(_arrayReader(all), context);
}

// A text in the shape `toText` writes (the title first, comments as `•`
// bullets two columns in) is read line by line as before.
function _readClean(lines: LineReader, context: ReadContext): Article {
  const title = _readTitle(lines);
  const state = _state(context);
  let afterBlank = true;
  for (let line = lines.next(); line; line = lines.next()) {
    if (line.content === "") {
      if (state.inComments) _flushComment(state);
      else _flushBody(state, true);
      afterBlank = true;
      continue;
    }
    const wasAfterBlank = afterBlank;
    afterBlank = false;
    if (_readChrome(state, line)) continue;
    if (state.inComments) _commentLine(state, line);
    else _bodyLine(state, line, wasAfterBlank, lines);
  }
  if (state.inComments) _flushComment(state);
  else _flushBody(state, true);

  const article: Article = {
    title,
    lang: context.lang,
    authors: [],
    lead: state.lead,
    sections: state.sections,
    tags: dedupeTags(state.tags),
    comments: state.comments,
  };
  if (state.commentCount !== undefined) article.commentCount = state.commentCount;
  return article;
}
