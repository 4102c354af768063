// Plain text of blocks, shared by the web formats: what JSON-LD's
// `articleBody`/`text` and JSON Feed's `content_text` carry, and how a
// reader turns it back into paragraphs. `_paragraphs` inverts `_plainText`
// on its texts: joining the paragraphs gives the same string back.
import type { Article } from "../schema/article.js";
import type { Block, Paragraph } from "../schema/block.js";

/** Between two texts of a body. */
export const _SEPARATOR = "\n\n";

/**
 * The texts a reader reads in a block: a paragraph, the paragraphs of a
 * quote, list items, a caption, an embed's text, a code block's value, a
 * `text` raw block. Images without caption and other raw blocks give none.
 *
 * @param block
 *   Block.
 * @param out
 *   Texts, appended to.
 */
export function _blockTexts(block: Block, out: string[]): void {
  switch (block.type) {
    case "paragraph":
      out.push(block.text);
      break;
    case "quote":
      for (const paragraph of block.blocks) out.push(paragraph.text);
      break;
    case "list":
      for (const item of block.items) out.push(item.text);
      break;
    case "image":
      if (block.caption !== undefined) out.push(block.caption);
      break;
    case "embed":
      if (block.text !== undefined) out.push(block.text);
      break;
    case "code":
      out.push(block.value);
      break;
    case "raw":
      if (block.format === "text") out.push(block.value);
      break;
  }
}

/**
 * The plain text of blocks: their texts joined by a blank line.
 *
 * @param blocks
 *   Blocks.
 * @returns
 *   Text (`""` for none).
 */
export function _plainText(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const block of blocks) _blockTexts(block, out);
  return out.join(_SEPARATOR);
}

/**
 * The plain text of an article's body: the lead's texts, then each
 * section's heading and texts, joined by a blank line.
 *
 * @param article
 *   Article.
 * @returns
 *   Text.
 */
export function _bodyText(article: Article): string {
  const out: string[] = [];
  for (const block of article.lead) _blockTexts(block, out);
  for (const section of article.sections) {
    out.push(section.heading);
    for (const block of section.blocks) _blockTexts(block, out);
  }
  return out.join(_SEPARATOR);
}

/**
 * Paragraphs of a plain text, split at each blank line (`""` gives none).
 *
 * @param text
 *   Text.
 * @returns
 *   Paragraph blocks.
 */
export function _paragraphs(text: string): Paragraph[] {
  if (text === "") return [];
  return text.split(_SEPARATOR).map((part) => ({ type: "paragraph", text: part }));
}
