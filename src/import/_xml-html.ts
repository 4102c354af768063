// HTML bodies of exports (WordPress post and comment content, Disqus
// messages) → blocks, through the one HTML → blocks mapping of
// `marginalia/html` (src/html/blocks). Bodies that are plain text or plain
// `<p>` paragraphs (most comments) skip parse5: their hast is built here and
// walked by the same mapping, so the output is the same (a differential test
// holds the two paths equal).
import type { Element, ElementContent, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { _toBlocks, type FlowItem } from "../html/blocks/index.js";
import type { HtmlMessage } from "../html/types.js";

/** Plain text (no markup, no character reference) and no `]]>` trouble. */
const PLAIN = /^[^<&]*$/;
/** Only `<p>` paragraphs of plain text, with white space between. */
const PARAGRAPHS = /^\s*(?:<p>[^<&]*<\/p>\s*)+$/;
const PARAGRAPH = /<p>([^<&]*)<\/p>/g;

function _element(tagName: string, children: ElementContent[]): Element {
  return { type: "element", tagName, properties: {}, children };
}

/**
 * Parse a body into hast children: a fast tree for plain text and plain
 * paragraphs, parse5 otherwise.
 *
 * @param html
 *   HTML.
 * @param fast
 *   Whether the fast trees may be used (default: `true`; tests turn it off).
 * @returns
 *   The fragment's children.
 */
export function _htmlTree(html: string, fast = true): ElementContent[] {
  if (fast && PLAIN.test(html)) return html === "" ? [] : [{ type: "text", value: html }];
  if (fast && PARAGRAPHS.test(html)) {
    const out: ElementContent[] = [];
    for (const match of html.matchAll(PARAGRAPH)) {
      const text = match[1] as string;
      out.push(_element("p", text === "" ? [] : [{ type: "text", value: text }]));
    }
    return out;
  }
  const root: Root = fromHtml(html, { fragment: true });
  return root.children.filter((child): child is ElementContent => child.type !== "doctype");
}

/** Options of {@link _htmlBlocks}. */
export interface HtmlBlocksOptions {
  /** Base of relative URLs. */
  base: string | undefined;
  /** Whether headings are kept as headings (article) or made paragraphs (comments). */
  headings: boolean;
  /** Whether the fast trees may be used (default: `true`). */
  fast?: boolean;
}

/**
 * Read an HTML body into blocks and headings.
 *
 * @param html
 *   HTML of the body.
 * @param options
 *   Base URL, headings.
 * @returns
 *   Items (blocks and, with `headings`, heading items) and the mapping's messages.
 */
export function _htmlBlocks(
  html: string,
  options: HtmlBlocksOptions,
): { items: FlowItem[]; messages: HtmlMessage[] } {
  const messages: HtmlMessage[] = [];
  const children = _htmlTree(html, options.fast ?? true);
  if (children.length === 0) return { items: [], messages };
  const items = _toBlocks(_element("div", children), {
    base: options.base,
    messages,
    skip: () => false,
    headings: options.headings,
  });
  return { items, messages };
}
