import { _expectArticle } from "../json/_expect-article.js";
import type { Article } from "../schema/article.js";
import type { Block, Paragraph } from "../schema/block.js";

/** A quotation found by {@link extractQuotes}, with where it is. */
export interface ExtractedQuote {
  /** `"mark"` for an inline `quote` mark, `"block"` for a `Quote` block. */
  kind: "mark" | "block";
  /** The quoted text (a block's paragraphs joined by a blank line). */
  text: string;
  /** Part of the article: the lead, a section or a comment's body. */
  part: "lead" | "section" | "comment";
  /** Index of the section in `article.sections` (sections only). */
  section?: number;
  /** Id of the comment (comments only). */
  comment?: string;
  /** Index of the block in its part's blocks. */
  block: number;
  /** Index of the paragraph inside a quote block or of a list item, for marks found there. */
  item?: number;
  /** UTF-16 offset where a mark starts in its paragraph's text (marks only). */
  start?: number;
  /** UTF-16 offset where a mark ends (marks only). */
  end?: number;
  /** Who is quoted, when the mark or block says. */
  attribution?: string;
  /** URL of the source (blocks only, when given). */
  cite?: string;
  /** Path of the mark or block in the article: `["sections", 2, "blocks", 0, "marks", 1]`. */
  path: (string | number)[];
}

interface Where {
  part: ExtractedQuote["part"];
  section?: number;
  comment?: string;
  base: (string | number)[];
}

function _fromParagraph(
  paragraph: Paragraph,
  where: Where,
  block: number,
  item: number | undefined,
  path: (string | number)[],
  into: ExtractedQuote[],
): void {
  const marks = paragraph.marks;
  if (!marks) return;
  for (let index = 0; index < marks.length; index++) {
    const mark = marks[index];
    if (mark?.type !== "quote") continue;
    const found: ExtractedQuote = {
      kind: "mark",
      text: paragraph.text.slice(mark.start, mark.end),
      part: where.part,
      block,
      start: mark.start,
      end: mark.end,
      path: [...path, "marks", index],
    };
    if (where.section !== undefined) found.section = where.section;
    if (where.comment !== undefined) found.comment = where.comment;
    if (item !== undefined) found.item = item;
    if (mark.attribution !== undefined) found.attribution = mark.attribution;
    into.push(found);
  }
}

function _fromBlocks(blocks: readonly Block[], where: Where, into: ExtractedQuote[]): void {
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as Block;
    const path = [...where.base, index];
    if (block.type === "paragraph") _fromParagraph(block, where, index, undefined, path, into);
    else if (block.type === "quote") {
      const found: ExtractedQuote = {
        kind: "block",
        text: block.blocks.map((paragraph) => paragraph.text).join("\n\n"),
        part: where.part,
        block: index,
        path,
      };
      if (where.section !== undefined) found.section = where.section;
      if (where.comment !== undefined) found.comment = where.comment;
      if (block.attribution !== undefined) found.attribution = block.attribution;
      if (block.cite !== undefined) found.cite = block.cite;
      into.push(found);
      block.blocks.forEach((paragraph, item) => {
        _fromParagraph(paragraph, where, index, item, [...path, "blocks", item], into);
      });
    } else if (block.type === "list") {
      block.items.forEach((paragraph, item) => {
        _fromParagraph(paragraph, where, index, item, [...path, "items", item], into);
      });
    }
  }
}

/**
 * List every quotation of an article, in document order: inline `quote`
 * marks and `Quote` blocks of the lead, of each section and of each
 * comment's body, with where each one is and its text.
 *
 * @param article
 *   An article (checked first).
 * @returns
 *   The quotations, lead first, then sections, then comments.
 * @throws {TypeError}
 *   When `article` is not an object.
 * @throws {ArticleError}
 *   When it is not a valid article.
 */
export function extractQuotes(article: Article): ExtractedQuote[] {
  const checked = _expectArticle(article, "extractQuotes");
  const into: ExtractedQuote[] = [];
  _fromBlocks(checked.lead, { part: "lead", base: ["lead"] }, into);
  checked.sections.forEach((section, index) => {
    _fromBlocks(
      section.blocks,
      { part: "section", section: index, base: ["sections", index, "blocks"] },
      into,
    );
  });
  checked.comments.forEach((comment, index) => {
    _fromBlocks(
      comment.body,
      { part: "comment", comment: comment.id, base: ["comments", index, "body"] },
      into,
    );
  });
  return into;
}
