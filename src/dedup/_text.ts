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

/**
 * What an exact duplicate must share beyond its text: the kinds of its
 * blocks (paragraph, quote, ordered or unordered list, image, embed, code,
 * raw, in order, with the paragraph count of quotes and lists) and every
 * URL (link marks, quote `cite`), in order. `""` for the common body of one
 * paragraph without links, so that most comments cost one check. The
 * encoding is self-delimiting (URLs are length-prefixed), so two different
 * structures never give the same string.
 */
export function _blocksShape(blocks: readonly Block[] | undefined): string {
  if (!Array.isArray(blocks)) return "";
  if (blocks.length === 1) {
    const block = blocks[0];
    if (block?.type === "paragraph" && !_hasLink(block.marks)) return "";
  }
  let shape = "";
  for (const block of blocks) {
    switch (block?.type) {
      case "paragraph":
        shape += `p${_links(block.marks)}`;
        break;
      case "quote":
        shape += `q${_url(block.cite)}${_paragraphsShape(block.blocks)}`;
        break;
      case "list":
        shape += `${block.ordered === true ? "o" : "u"}${_paragraphsShape(block.items)}`;
        break;
      case "image":
        shape += "i";
        break;
      case "embed":
        shape += "e";
        break;
      case "code":
        shape += "c";
        break;
      case "raw":
        shape += "r";
        break;
      default:
        shape += "x";
    }
  }
  return shape;
}

/** Whether marks hold a link. */
function _hasLink(marks: unknown): boolean {
  if (!Array.isArray(marks)) return false;
  for (const mark of marks) if (mark?.type === "link") return true;
  return false;
}

/** The link URLs of marks, each `L<length>:<url>`. */
function _links(marks: unknown): string {
  if (!Array.isArray(marks)) return "";
  let links = "";
  for (const mark of marks) if (mark?.type === "link") links += `L${_url(mark.url)}`;
  return links;
}

/** A URL, length-prefixed (`-` when absent). */
function _url(url: unknown): string {
  return typeof url === "string" ? `${url.length}:${url}` : "-";
}

/** The paragraph count of a quote or list, then each paragraph's links. */
function _paragraphsShape(list: unknown): string {
  if (!Array.isArray(list)) return "0.";
  let shape = `${list.length}.`;
  for (const item of list) shape += `p${_links((item as { marks?: unknown } | null)?.marks)}`;
  return shape;
}
