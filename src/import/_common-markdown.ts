// A Markdown string (a Reddit self text or comment body) → blocks, through
// the block reader of `marginalia/markdown`. A body is not a document: a
// heading becomes a paragraph of its text, and an HTML comment (a
// `marginalia:` marker included) stays a raw block, never read as a marker.
import type { Heading, RootContent } from "mdast";
import { _parser } from "../markdown/_processors.js";
import { _block, type Context } from "../markdown/_read-blocks.js";
import type { MarkdownMessage } from "../markdown/types.js";
import type { Block } from "../schema/block.js";

// Text that Markdown reads as itself: no character that opens inline syntax
// or an entity, and no line that could open a block (list, quote, heading,
// setext underline, indented code, fence) or end in a hard break.
const INLINE = /[\\`*_[\]<>&#~|!]/;
const BLOCK_LINE = /^(?:[ \t]|[-+=>]|[0-9]+[.)])|[ \t]$/m;

/**
 * Read a Markdown body into blocks.
 *
 * @param markdown
 *   Markdown (LF line endings).
 * @param messages
 *   Gets the block reader's messages (`raw-block`, `hard-break` …), whose
 *   places point into `markdown`.
 * @param fast
 *   Whether plain text may skip the parser (default: `true`; tests compare
 *   both ways).
 * @returns
 *   The blocks.
 */
export function _markdownBlocks(
  markdown: string,
  messages: MarkdownMessage[],
  fast = true,
): Block[] {
  if (fast && !INLINE.test(markdown) && !BLOCK_LINE.test(markdown)) {
    // The fast path, for plain text: paragraphs split at blank lines.
    const blocks: Block[] = [];
    for (const part of markdown.split(/\n(?:[ \t]*\n)+/)) {
      const text = part.trim();
      if (text !== "") blocks.push({ type: "paragraph", text });
    }
    return blocks;
  }
  const context: Context = { source: markdown, messages };
  const blocks: Block[] = [];
  for (const node of _parser()(markdown).children as RootContent[]) {
    const read: RootContent =
      node.type === "heading"
        ? { type: "paragraph", children: (node as Heading).children, position: node.position }
        : node;
    const { block, reason } = _block(context, read);
    if (reason !== undefined) {
      const start = node.position?.start;
      messages.push({
        ruleId: "raw-block",
        source: "marginalia",
        reason: `Kept ${reason} as a raw Markdown block`,
        ...(start
          ? { place: { line: start.line, column: start.column, offset: start.offset ?? 0 } }
          : {}),
      });
    }
    blocks.push(block);
  }
  return blocks;
}
