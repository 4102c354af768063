// An HTML string → blocks, through the one HTML-to-blocks mapping of
// `marginalia/html` (src/html/blocks): what the importers whose bodies are
// HTML share (Hacker News `text`, WordPress `content:encoded`, Disqus
// `message`). Headings inside a body become paragraphs.
import type { Element } from "hast";
import { fromHtml as parse } from "hast-util-from-html";
import { _toBlocks, type FlowItem } from "../html/blocks/index.js";
import type { HtmlMessage } from "../html/types.js";
import { _findQuotes } from "../quotes/find.js";
import type { Block, Paragraph } from "../schema/block.js";
import { normalizeMarks } from "../schema/marks.js";

// No `<`: no element; no `&`: no character reference; no control character
// but HTML's white space, no other space (the mapping turns NBSP and its kin
// into spaces). Such a text is one paragraph of itself once white space is
// collapsed as HTML does.
const PLAIN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters that leave the fast path
  /^[^<&\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\u00a0\u1680\u180e\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]*$/;

/** The quotation marks `_findQuotes` reads: without one, a text has no quote mark. */
const QUOTE = /["\u00ab\u00bb\u2039\u203a\u201c\u201d]/;

/**
 * Read an HTML fragment into blocks.
 *
 * @param html
 *   HTML fragment (a comment's or a post's body).
 * @param base
 *   Base of relative URLs (default: none, relative links are left out).
 * @param messages
 *   Gets the mapping's messages (`unsafe-url`).
 * @param fast
 *   Whether text without markup may skip the parser (default: `true`;
 *   tests compare both ways).
 * @returns
 *   The blocks, in document order; headings become paragraphs.
 */
export function _htmlBlocks(
  html: string,
  base: string | undefined,
  messages: HtmlMessage[],
  fast = true,
): Block[] {
  if (fast && PLAIN.test(html)) {
    // The fast path: what the mapping makes of text without markup (its
    // quotations as quote marks, as the mapping finds them).
    const text = html.replace(/[ \t\n\f\r]+/g, " ").trim();
    if (text === "") return [];
    const paragraph: Paragraph = { type: "paragraph", text };
    if (!QUOTE.test(text)) return [paragraph];
    const quotes = _findQuotes(text, 0).marks;
    if (quotes.length > 0) paragraph.marks = normalizeMarks(quotes);
    return [paragraph];
  }
  const root = parse(html, { fragment: true });
  const container: Element = {
    type: "element",
    tagName: "div",
    properties: {},
    children: root.children as Element["children"],
  };
  const state = { base, messages, skip: () => false, headings: false };
  const blocks: Block[] = [];
  for (const item of _toBlocks(container, state)) {
    if (item.type === "heading") {
      if (item.text.trim() !== "") blocks.push({ type: "paragraph", text: item.text });
    } else blocks.push(item as Exclude<FlowItem, { type: "heading" }>);
  }
  return blocks;
}
