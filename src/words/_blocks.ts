/**
 * Walks over the model's blocks shared by `readingTime` and `articleStats`.
 * The word functions take the model's types but import no schema: a bundle
 * that counts words carries no zod.
 */
import type { Block } from "../schema/block.js";

/**
 * The texts of a block that a reader reads: paragraphs, list items, the
 * paragraphs of a quote, an image's caption and an embed's text. Code and
 * raw blocks, alt texts, credits and attributions are not counted.
 *
 * @param block
 *   Block.
 * @param visit
 *   Called with each text.
 */
export function _blockTexts(block: Block, visit: (text: string) => void): void {
  switch (block.type) {
    case "paragraph":
      visit(block.text);
      break;
    case "quote":
      for (const paragraph of block.blocks ?? []) visit(paragraph.text);
      break;
    case "list":
      for (const item of block.items ?? []) visit(item.text);
      break;
    case "image":
      if (typeof block.caption === "string") visit(block.caption);
      break;
    case "embed":
      if (typeof block.text === "string") visit(block.text);
      break;
    default:
      break;
  }
}
