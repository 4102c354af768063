import { ArticleError } from "../error.js";
import { _findQuotes, type QuoteProblem } from "../quotes/find.js";
import type { Article } from "../schema/article.js";
import type { Block, Embed, Image, List, Paragraph, Quote } from "../schema/block.js";
import type { Comment } from "../schema/comment.js";
import type { Section } from "../schema/section.js";
import type { Tag } from "../schema/tag.js";
import { dedupeTags } from "../tags/dedupe.js";
import { slugify } from "../tags/slugify.js";
import { _parseDate, type Now } from "./_dates.js";
import { _fold, _lexicon } from "./_fold.js";
import {
  _bulletOf,
  _captionOf,
  _countOf,
  _creditOf,
  _embedOf,
  _hashHeadingOf,
  _imageOf,
  _isBareHeading,
  _isDocumentLine,
  _levelReplyOf,
  _orderedItemOf,
  _saysAuthorOf,
  _tagsOf,
  type Line,
  type LineReader,
  SHORT_LINE,
} from "./_lines.js";
import type { RawNote } from "./_normalize.js";
import type { Vocabulary } from "./vocabulary.js";

/** Settings of one read. */
export interface ReadContext {
  lang: string;
  vocabulary: Vocabulary;
  now: Now | undefined;
  notes: RawNote[];
}

interface OpenComment {
  comment: Comment;
  indent: number;
  rank: number;
  bullet: boolean;
  /** Whether a body line was seen (a date line must come first). */
  seen: boolean;
}

/** Odd quotation marks listed per paragraph; the rest are counted in one message. */
const MAX_QUOTE_NOTES = 100;

const QUOTE_REASONS = {
  unclosed: "Opening quotation mark never closed in its paragraph: no quote mark made",
  stray: "Closing quotation mark with nothing open: no quote mark made",
  misplaced: "Mis-typed guillemet read as the one meant",
} as const;

const QUOTE_RULES = {
  unclosed: "unclosed-quote",
  stray: "stray-quote",
  misplaced: "misplaced-guillemet",
} as const;

/**
 * Read the lines of a page (the title is the first line with text).
 *
 * @param lines
 *   Reader of the normalised text's lines.
 * @param context
 *   Language, vocabulary, reference instant and the message list.
 * @returns
 *   The article.
 */
export function _readPage(lines: LineReader, context: ReadContext): Article {
  const { notes, vocabulary, now } = context;
  const lexicon = _lexicon();
  const note = (line: Line, ruleId: string, reason: string, column = line.start + 1): void => {
    notes.push({ line: line.number, column, ruleId, reason, text: line.content });
  };

  let titleLine = lines.next();
  while (titleLine && titleLine.content === "") titleLine = lines.next();
  if (!titleLine) {
    throw new ArticleError([
      {
        code: "empty_text",
        message: "Expected a title: the text has no line with anything but white space",
        path: ["title"],
      },
    ]);
  }
  const titleHeading = _hashHeadingOf(titleLine.content);
  const title =
    titleLine.content.startsWith("# ") && titleHeading ? titleHeading.text : titleLine.content;

  const lead: Block[] = [];
  const sections: Section[] = [];
  const tags: Tag[] = [];
  const comments: Comment[] = [];
  let commentCount: number | undefined;
  let blocks = lead;
  const uncredited: Image[] = [];
  const uncaptioned: Image[] = [];

  // Paragraph building, with quote marks and messages placed in the source.
  const paragraph = (chunk: readonly Line[], texts?: readonly string[]): Paragraph => {
    const parts = texts ?? chunk.map((line) => line.content);
    const text = parts.join("\n");
    const result: Paragraph = { type: "paragraph", text };
    const found = _findQuotes(text, MAX_QUOTE_NOTES);
    if (found.marks.length > 0) result.marks = found.marks;
    if (found.problems.length > 0) {
      let lineIndex = 0;
      let lineOffset = 0;
      const shown = found.problems.length;
      for (let at = 0; at < shown; at++) {
        const problem = found.problems[at] as QuoteProblem;
        while (
          lineIndex < parts.length - 1 &&
          problem.offset >= lineOffset + (parts[lineIndex] as string).length + 1
        ) {
          lineOffset += (parts[lineIndex] as string).length + 1;
          lineIndex++;
        }
        const line = chunk[lineIndex] as Line;
        const shift =
          (texts ? line.content.length - (parts[lineIndex] as string).length : 0) + line.start;
        notes.push({
          line: line.number,
          column: shift + problem.offset - lineOffset + 1,
          ruleId: QUOTE_RULES[problem.kind],
          reason: QUOTE_REASONS[problem.kind],
          text: problem.char,
        });
      }
      if (found.total > shown) {
        const line = chunk[0] as Line;
        notes.push({
          line: line.number,
          column: line.start + 1,
          ruleId: "quote-notes-truncated",
          reason: `${found.total - shown} more odd quotation marks in this paragraph are not listed (${found.total} in all)`,
          text: "",
        });
      }
    }
    return result;
  };

  // Quote blocks ("> text" lines; ">" alone separates paragraphs; a last
  // line "— Name" is the attribution).
  const quoteBlock = (chunk: readonly Line[]): Quote => {
    const texts = chunk.map((line) => line.content.slice(1).trim());
    const quote: Quote = { type: "quote", blocks: [] };
    const lastText = texts[texts.length - 1] ?? "";
    let end = chunk.length;
    if (end > 1 && (lastText.startsWith("— ") || lastText.startsWith("– "))) {
      quote.attribution = lastText.slice(2).trim();
      end--;
    }
    let from = 0;
    for (let index = 0; index <= end; index++) {
      if (index === end || texts[index] === "") {
        if (index > from)
          quote.blocks.push(paragraph(chunk.slice(from, index), texts.slice(from, index)));
        from = index + 1;
      }
    }
    return quote;
  };

  // --- Body -------------------------------------------------------------
  let pending: Line[] = [];
  let pendingAfterBlank = true;
  let quoteLines: Line[] = [];

  const flushQuote = (into: Block[]): void => {
    if (quoteLines.length === 0) return;
    into.push(quoteBlock(quoteLines));
    quoteLines = [];
  };

  const flushBody = (standalone: boolean): void => {
    flushQuote(blocks);
    if (pending.length === 0) return;
    const chunk = pending;
    pending = [];
    if (chunk.length === 1 && pendingAfterBlank && standalone) {
      const line = chunk[0] as Line;
      const content = line.content;
      if (_isDocumentLine(content)) {
        blocks.push({ type: "embed", provider: "document", text: content });
        return;
      }
      const embed = _embedOf(content);
      if (embed) {
        const block: Embed = { type: "embed", provider: embed.provider };
        if (embed.url !== undefined) block.url = embed.url;
        if (embed.text !== undefined) block.text = embed.text;
        blocks.push(block);
        return;
      }
      if (_isBareHeading(content)) {
        const section: Section = { heading: content, level: 2, blocks: [] };
        sections.push(section);
        blocks = section.blocks;
        return;
      }
    }
    const list = _listOf(chunk);
    if (list) {
      const block: List = { type: "list", ordered: list.ordered, items: [] };
      for (const [line, item] of list.items) block.items.push(paragraph([line], [item]));
      blocks.push(block);
      return;
    }
    blocks.push(paragraph(chunk));
  };

  // --- Comments ---------------------------------------------------------
  let inComments = false;
  const open: OpenComment[] = [];
  let closed = false;
  let commentPending: Line[] = [];
  let commentQuote: Line[] = [];
  let pendingOwner: OpenComment | undefined;

  const flushComment = (): void => {
    if (!pendingOwner) return;
    const body = pendingOwner.comment.body;
    if (commentQuote.length > 0) body.push(quoteBlock(commentQuote));
    if (commentPending.length > 0) body.push(paragraph(commentPending));
    commentQuote = [];
    commentPending = [];
    pendingOwner = undefined;
  };

  const startComments = (): void => {
    flushBody(false);
    inComments = true;
  };

  const addComment = (line: Line, name: string, rank: number, bullet: boolean): void => {
    flushComment();
    while (open.length > 0) {
      const top = open[open.length - 1] as OpenComment;
      if (top.indent > line.indent || (top.indent === line.indent && top.rank >= rank)) open.pop();
      else break;
    }
    const comment: Comment = {
      id: `c${comments.length + 1}`,
      author: { name },
      status: "published",
      body: [],
    };
    const parent = open[open.length - 1];
    if (parent) comment.parentId = parent.comment.id;
    comments.push(comment);
    open.push({ comment, indent: line.indent, rank, bullet, seen: false });
    closed = false;
  };

  // An author line that says its reply level (`↳ [9] Name`): its parent is
  // the open comment one level up (the open comments are the ancestors of
  // the last one, level 0 first).
  const addLevelReply = (line: Line, name: string, level: number): void => {
    flushComment();
    let depth = level;
    if (depth > open.length) {
      note(
        line,
        "reply-level-skipped",
        `Reply level ${level} is deeper than the thread open here allows: read as level ${open.length}`,
      );
      depth = open.length;
    }
    open.length = depth;
    const comment: Comment = {
      id: `c${comments.length + 1}`,
      author: { name },
      status: "published",
      body: [],
    };
    const parent = open[depth - 1];
    if (parent) comment.parentId = parent.comment.id;
    comments.push(comment);
    open.push({ comment, indent: line.indent, rank: 4, bullet: true, seen: false });
    closed = false;
  };

  const setCount = (line: Line, count: number): void => {
    if (commentCount === undefined) commentCount = count;
    else if (commentCount !== count) {
      note(
        line,
        "comment-count-conflict",
        `Second comment count (${count}) differs from the first (${commentCount}): the first is kept`,
      );
    }
  };

  // Which open comment a body line belongs to, or undefined.
  const ownerOf = (line: Line): OpenComment | undefined => {
    if (closed) return undefined;
    while (open.length > 0) {
      const top = open[open.length - 1] as OpenComment;
      if (!top.bullet || top.indent < line.indent) return top;
      open.pop();
    }
    return undefined;
  };

  let afterBlank = true;
  for (let line = lines.next(); line; line = lines.next()) {
    const content = line.content;
    if (content === "") {
      if (inComments) flushComment();
      else flushBody(true);
      afterBlank = true;
      continue;
    }
    const wasAfterBlank = afterBlank;
    afterBlank = false;

    // Lines that mean the same wherever they are.
    if (content.length <= SHORT_LINE) {
      const key = _fold(content);
      if (lexicon.chrome.has(key)) {
        if (inComments) flushComment();
        else flushBody(false);
        note(line, "page-chrome", "Page chrome (a link, button or notice of the page)");
        if (lexicon.form.has(key)) {
          inComments = true;
          closed = true;
          open.length = 0;
        } else if (lexicon.reply.has(key) && inComments) {
          const top = open[open.length - 1];
          if (top && !top.bullet) closed = true;
        }
        continue;
      }
      if (lexicon.commentsClosed.has(key)) {
        if (inComments) flushComment();
        else startComments();
        inComments = true;
        closed = true;
        open.length = 0;
        note(
          line,
          "comments-closed",
          "Notice that comments are closed (the model has no field for it)",
        );
        continue;
      }
      const count = _countOf(key);
      if (count !== undefined) {
        if (inComments) flushComment();
        else startComments();
        setCount(line, count);
        continue;
      }
      if (lexicon.commentsHeading.has(key)) {
        if (inComments) flushComment();
        else startComments();
        note(line, "comments-heading", "Heading of the comments (no count declared)");
        continue;
      }
    }

    if (inComments) {
      const bullet = _bulletOf(content);
      if (bullet) {
        const name = _saysAuthorOf(bullet.rest) ?? bullet.rest;
        if (name === "") {
          flushComment();
          note(line, "empty-author", "Bullet with no author name: no comment made");
          continue;
        }
        addComment(line, name, bullet.rank, true);
        continue;
      }
      const levelReply = _levelReplyOf(content);
      if (levelReply) {
        addLevelReply(line, _saysAuthorOf(levelReply.rest) ?? levelReply.rest, levelReply.level);
        continue;
      }
      const says = _saysAuthorOf(content);
      if (says !== undefined) {
        addComment(line, says, 0, false);
        continue;
      }
      const owner = ownerOf(line);
      if (!owner) {
        flushComment();
        if (_readMeta(line)) continue;
        note(
          line,
          "unattached-text",
          "Text in the comments area outside any comment (page chrome)",
        );
        continue;
      }
      if (!owner.seen && owner.comment.publishedAt === undefined) {
        const date = _parseDate(content, vocabulary, now);
        if (date) {
          owner.seen = true;
          if ("iso" in date) owner.comment.publishedAt = date.iso;
          else {
            note(line, "relative-date", date.reason);
          }
          continue;
        }
      }
      owner.seen = true;
      if (pendingOwner !== owner) flushComment();
      pendingOwner = owner;
      if (content.charAt(0) === ">" && (content.length === 1 || content.charAt(1) === " ")) {
        if (commentPending.length > 0) {
          owner.comment.body.push(paragraph(commentPending));
          commentPending = [];
        }
        commentQuote.push(line);
      } else {
        if (commentQuote.length > 0) {
          owner.comment.body.push(quoteBlock(commentQuote));
          commentQuote = [];
        }
        commentPending.push(line);
      }
      continue;
    }

    // Body.
    if (_readMeta(line)) continue;
    const heading = _hashHeadingOf(content);
    if (heading) {
      flushBody(false);
      const section: Section = {
        heading: heading.text,
        level: heading.level as Section["level"],
        blocks: [],
      };
      sections.push(section);
      blocks = section.blocks;
      continue;
    }
    if (content.charAt(0) === ">" && (content.length === 1 || content.charAt(1) === " ")) {
      if (pending.length > 0) {
        const saved = quoteLines;
        quoteLines = [];
        flushBody(false);
        quoteLines = saved;
      }
      quoteLines.push(line);
      continue;
    }
    if (quoteLines.length > 0) flushQuote(blocks);
    const says = _saysAuthorOf(content);
    if (says !== undefined) {
      startComments();
      addComment(line, says, 0, false);
      continue;
    }
    const bullet = _bulletOf(content);
    if (bullet && bullet.rest !== "") {
      const next = lines.peekText();
      if (next && next.indent > line.indent && !_bulletOf(next.content)) {
        startComments();
        addComment(line, _saysAuthorOf(bullet.rest) ?? bullet.rest, bullet.rank, true);
        continue;
      }
    }
    if (pending.length === 0) pendingAfterBlank = wasAfterBlank;
    pending.push(line);
  }
  if (inComments) flushComment();
  else flushBody(true);

  const article: Article = {
    title,
    lang: context.lang,
    authors: [],
    lead,
    sections,
    tags: dedupeTags(tags),
    comments,
  };
  if (commentCount !== undefined) article.commentCount = commentCount;
  return article;

  // Tags, images, credits and captions: read in the body, and in the
  // comments area outside any comment. Returns whether the line was used.
  function _readMeta(line: Line): boolean {
    const content = line.content;
    const tagLine = _tagsOf(content);
    if (tagLine) {
      flushBody(false);
      for (const name of tagLine.names) {
        const tag: Tag = { name, slug: slugify(name) };
        if (tagLine.kind !== undefined) tag.kind = tagLine.kind;
        tags.push(tag);
      }
      return true;
    }
    const url = _imageOf(content);
    if (url !== undefined) {
      flushBody(false);
      const image: Image = { type: "image", url };
      blocks.push(image);
      uncredited.push(image);
      uncaptioned.push(image);
      return true;
    }
    const credit = _creditOf(content);
    if (credit !== undefined) {
      flushBody(false);
      const image = uncredited.pop();
      if (image) image.credit = credit;
      else note(line, "credit-without-image", "Image credit with no image before it to belong to");
      return true;
    }
    const caption = _captionOf(content);
    if (caption !== undefined) {
      flushBody(false);
      const image = uncaptioned.pop();
      if (image) image.caption = caption;
      else
        note(line, "caption-without-image", "Image caption with no image before it to belong to");
      return true;
    }
    return false;
  }
}

// A chunk whose every line is a list item ("- x", "• x", "1. x").
function _listOf(
  chunk: readonly Line[],
): { ordered: boolean; items: [Line, string][] } | undefined {
  const items: [Line, string][] = [];
  let ordered: boolean | undefined;
  for (const line of chunk) {
    const bullet = _bulletOf(line.content);
    const item = bullet ? bullet.rest : _orderedItemOf(line.content);
    const isOrdered = !bullet;
    if (item === undefined || item === "" || (ordered !== undefined && ordered !== isOrdered)) {
      return undefined;
    }
    ordered = isOrdered;
    items.push([line, item]);
  }
  return { ordered: ordered ?? false, items };
}
