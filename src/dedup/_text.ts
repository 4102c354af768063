import type { Block } from "../schema/index.js";

/**
 * The text of a list of blocks, one block a line: paragraph texts, quote
 * and list paragraphs, image alt text, caption and URL, embed URL and text,
 * code and raw values.
 */
export function _blocksText(blocks: readonly Block[] | undefined): string {
  if (!Array.isArray(blocks)) return "";
  let text = "";
  for (const block of blocks) {
    const part = _blockText(block);
    if (part === "") continue;
    text = text === "" ? part : `${text}\n${part}`;
  }
  return text;
}

/** The text of one block (see {@link _blocksText}). */
function _blockText(block: Block): string {
  switch (block?.type) {
    case "paragraph":
      return typeof block.text === "string" ? block.text : "";
    case "quote":
      return _paragraphs(block.blocks);
    case "list":
      return _paragraphs(block.items);
    case "image":
      return [block.alt, block.caption, block.url].filter((part) => part).join("\n");
    case "embed":
      return [block.url, block.text].filter((part) => part).join("\n");
    case "code":
    case "raw":
      return typeof block.value === "string" ? block.value : "";
    default:
      return "";
  }
}

/** Paragraph texts, one a line. */
function _paragraphs(list: readonly { text: string }[] | undefined): string {
  if (!Array.isArray(list)) return "";
  return list
    .map((paragraph) => paragraph?.text)
    .filter((text) => typeof text === "string" && text !== "")
    .join("\n");
}

/**
 * Every paragraph of an article's lead and sections (quote and list
 * paragraphs included), in document order. Reads what it can: a block or
 * paragraph of another shape adds nothing (the caller checked that `lead`
 * and `sections` are arrays).
 */
export function _articleParagraphs(article: {
  lead?: readonly Block[];
  sections?: readonly { blocks?: readonly Block[] }[];
}): string[] {
  const result: string[] = [];
  const addTexts = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const item of list) {
      const text = (item as { text?: unknown } | null)?.text;
      if (typeof text === "string") result.push(text);
    }
  };
  const add = (blocks: unknown) => {
    if (!Array.isArray(blocks)) return;
    for (const block of blocks as (Block | null)[]) {
      if (block?.type === "paragraph") addTexts([block]);
      else if (block?.type === "quote") addTexts(block.blocks);
      else if (block?.type === "list") addTexts(block.items);
    }
  };
  add(article.lead);
  if (Array.isArray(article.sections)) {
    for (const section of article.sections) add((section as { blocks?: unknown } | null)?.blocks);
  }
  return result;
}
